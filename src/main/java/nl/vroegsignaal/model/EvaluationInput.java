package nl.vroegsignaal.model;

import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * The risks of one candidate on the evaluated cohort. Rows without a label must be removed by the caller.
 * Arrays are shared, not copied: treat them as read-only.
 *
 * @param name   candidate name as shown in reports (e.g. "xgboost", "baseline: absence")
 * @param risk   calibrated risk in [0, 1] per row
 * @param label  1 (VSV) or 0 per row
 * @param sector ordinal of {@link Onderwijssoort.Sector} per row, for the VO/MBO
 *               split (see {@link SectorGroup}); null when the split is not wanted
 */
public record EvaluationInput(String name, double[] risk, byte[] label, byte[] sector) {

    public EvaluationInput {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("evaluation input: a candidate name is required");
        }
        String what = "evaluation of '" + name + "'";
        LabelChecks.requireProbabilities(what, risk, label);
        if (sector != null && sector.length != risk.length) {
            throw new IllegalArgumentException(what + ": " + risk.length + " risks but " + sector.length
                    + " sectors");
        }
    }

    public int rows() {
        return risk.length;
    }

    /** A ranking of the given rows of a matrix, with their labels and sectors. */
    public static EvaluationInput of(String name, double[] risk, FeatureMatrix matrix, int[] rows) {
        return new EvaluationInput(name, risk, Baselines.labels(matrix, rows), sectors(matrix, rows));
    }

    /** Sector ordinals of the rows, or null when the data carries no onderwijssoort (a user's table). */
    static byte[] sectors(FeatureMatrix matrix, int[] rows) {
        byte[] os = new byte[rows.length];
        boolean any = false;
        for (int i = 0; i < rows.length; i++) {
            os[i] = matrix.onderwijssoort()[rows[i]];
            any |= os[i] >= 0;
        }
        return any ? sectorsFromOnderwijssoort(os) : null;
    }

    /**
     * Sector ordinals from {@link Onderwijssoort} ordinals (as in
     * {@code FeatureMatrix.onderwijssoort()}); an ordinal out of range becomes -1, which counts as "overig".
     * Passing onderwijssoort ordinals directly as sectors would silently mix up the split.
     */
    public static byte[] sectorsFromOnderwijssoort(byte[] onderwijssoort) {
        Onderwijssoort[] soorten = Onderwijssoort.values();
        byte[] out = new byte[onderwijssoort.length];
        for (int i = 0; i < out.length; i++) {
            int o = onderwijssoort[i];
            out[i] = o >= 0 && o < soorten.length ? (byte) soorten[o].sector().ordinal() : -1;
        }
        return out;
    }
}
