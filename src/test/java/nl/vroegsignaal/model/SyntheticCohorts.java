package nl.vroegsignaal.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * An in-memory FeatureMatrix with a known logistic ground truth (plus one interaction that trees can find),
 * for training tests and benchmarks. The last cohort is unlabelled, like the scoring cohort of real data.
 *
 * @param truth the true probability of VSV of each row (the oracle)
 */
record SyntheticCohorts(FeatureMatrix matrix, double[] truth) {
    static final String[] ONDERWIJSSOORT = {"VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "MBO-1", "MBO-2", "MBO-3"};
    /** Effect of each onderwijssoort on the logit. */
    private static final double[] OS_EFFECT = {0.3, 0.1, -0.2, -0.8, 1.0, 0.6, 0.0};
    private static final int SCHOOLS = 40;
    private static final int WIJKEN = 12;

    /** Coefficients of the ground truth (on the raw scale): signs a logistic regression must recover. */
    static final double VERZUIM = 0.35;
    static final double UITKERING = 0.5;
    static final double DIPLOMA_VMBO = -0.7;

    /**
     * @param cohorts       number of peildata (1 October of consecutive years from 2016), the last unlabelled
     * @param rowsPerCohort rows per peildatum
     * @param noiseFeatures extra numeric features without signal (to reach a realistic width)
     */
    static SyntheticCohorts generate(int cohorts, int rowsPerCohort, int noiseFeatures, long seed) {
        int n = cohorts * rowsPerCohort;
        SplittableRandom rng = new SplittableRandom(seed);
        List<FeatureDefinition> defs = new ArrayList<>();
        List<FeatureColumn> cols = new ArrayList<>();
        double[] verzuim = new double[n];
        double[] uren = new double[n];
        double[] leeftijd = new double[n];
        double[] uitkering = new double[n];
        double[] jeugdhulp = new double[n];
        double[] diploma = new double[n];
        double[] wissels = new double[n];
        int[] os = new int[n];
        int[] wijk = new int[n];
        double[][] noise = new double[noiseFeatures][n];
        String[] pseudonym = new String[n];
        int[] peildatum = new int[n];
        byte[] label = new byte[n];
        int[] school = new int[n];
        byte[] onderwijssoort = new byte[n];
        double[] truth = new double[n];
        double[] schoolEffect = new double[SCHOOLS];
        for (int s = 0; s < SCHOOLS; s++) {
            schoolEffect[s] = rng.nextGaussian() * 0.3;
        }
        for (int i = 0; i < n; i++) {
            int cohort = i / rowsPerCohort;
            pseudonym[i] = String.format("P%09d", i);
            peildatum[i] = (int) LocalDate.of(2016 + cohort, 10, 1).toEpochDay();
            os[i] = rng.nextInt(ONDERWIJSSOORT.length);
            school[i] = rng.nextInt(SCHOOLS);
            onderwijssoort[i] = (byte) (2 + os[i]);
            wijk[i] = rng.nextInt(WIJKEN);
            uitkering[i] = rng.nextDouble() < 0.15 + 0.02 * wijk[i] ? 1 : 0;
            jeugdhulp[i] = rng.nextDouble() < 0.08 + 0.1 * uitkering[i] ? 1 : 0;
            verzuim[i] = poisson(rng, 0.4 + 0.8 * jeugdhulp[i] + 0.5 * uitkering[i]);
            uren[i] = rng.nextDouble() < 0.03 ? Double.NaN : verzuim[i] * 16 + rng.nextInt(12);
            leeftijd[i] = 12 + rng.nextInt(11);
            diploma[i] = leeftijd[i] >= 16 && rng.nextDouble() < 0.4 ? 1 : 0;
            wissels[i] = poisson(rng, 0.3);
            for (double[] f : noise) {
                f[i] = rng.nextGaussian();
            }
            boolean mbo = os[i] >= 4;
            double z = -4.6 + VERZUIM * verzuim[i] + UITKERING * uitkering[i] + 0.4 * jeugdhulp[i]
                    + DIPLOMA_VMBO * diploma[i] + 0.25 * wissels[i] + 0.12 * (leeftijd[i] - 16)
                    + OS_EFFECT[os[i]] + schoolEffect[school[i]] + 0.05 * wijk[i]
                    + (mbo ? 0.35 * Math.min(verzuim[i], 4) : 0) + 0.05 * cohort;
            truth[i] = 1 / (1 + Math.exp(-z));
            label[i] = cohort == cohorts - 1 ? FeatureMatrix.NO_LABEL : (byte) (rng.nextDouble() < truth[i] ? 1 : 0);
        }
        add(defs, cols, "verzuim_ongeoorloofd_12m", FeatureKind.NUMERIC, verzuim);
        add(defs, cols, "verzuim_uren_12m", FeatureKind.NUMERIC, uren);
        add(defs, cols, "leeftijd", FeatureKind.NUMERIC, leeftijd);
        add(defs, cols, "uitkering_huishouden", FeatureKind.BINARY, uitkering);
        add(defs, cols, "jeugdhulp", FeatureKind.BINARY, jeugdhulp);
        add(defs, cols, "diploma_vmbo", FeatureKind.BINARY, diploma);
        add(defs, cols, "schoolwissels_2j", FeatureKind.NUMERIC, wissels);
        for (int f = 0; f < noiseFeatures; f++) {
            add(defs, cols, String.format("ruis_%02d", f), FeatureKind.NUMERIC, noise[f]);
        }
        defs.add(def("onderwijssoort", FeatureKind.CATEGORICAL));
        cols.add(new FeatureColumn.Categorical(os, List.of(ONDERWIJSSOORT)));
        defs.add(def("wijk", FeatureKind.CATEGORICAL));
        List<String> wijken = new ArrayList<>();
        for (int w = 0; w < WIJKEN; w++) {
            wijken.add(String.format("WK0363%02d", w));
        }
        cols.add(new FeatureColumn.Categorical(wijk, wijken));
        List<String> schoolCodes = new ArrayList<>();
        for (int s = 0; s < SCHOOLS; s++) {
            schoolCodes.add(String.format("%02dAB", s));
        }
        FeatureMatrix m = new FeatureMatrix(new FeatureCatalogue("synthetic-1", defs), pseudonym, peildatum, label,
                cols, school, schoolCodes, onderwijssoort);
        return new SyntheticCohorts(m, truth);
    }

    private static void add(List<FeatureDefinition> defs, List<FeatureColumn> cols, String name, FeatureKind kind,
                            double[] values) {
        defs.add(def(name, kind));
        cols.add(new FeatureColumn.Numeric(values));
    }

    private static FeatureDefinition def(String name, FeatureKind kind) {
        return new FeatureDefinition(name, name.split("_")[0], kind, "test", "test", "12m", "test");
    }

    private static int poisson(SplittableRandom rng, double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
