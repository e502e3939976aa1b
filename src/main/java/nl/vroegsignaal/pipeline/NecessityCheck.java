package nl.vroegsignaal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.fairness.RecallBalance;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.DataSplit;
import nl.vroegsignaal.model.EvaluateSettings;
import nl.vroegsignaal.model.Necessity;
import nl.vroegsignaal.model.RiskModel;
import nl.vroegsignaal.model.TrainSettings;
import nl.vroegsignaal.report.NecessityReport;

/**
 * The necessity report for {@code train} (when {@code train.necessity} asks for it) and {@code run}'s audit: the
 * model stage's test ({@link Necessity}), with the fairness summary beside it when the data carries sex and
 * origin (they never reach the model stage; the summary is computed here, from who each ranking puts on its
 * list).
 */
public final class NecessityCheck {
    private NecessityCheck() {
    }

    /**
     * @param audit       protected attributes per matrix row, or null (a user's table)
     * @param inputHashes sha256 per input file, for the report's provenance
     */
    public static NecessityReport compute(FeatureMatrix matrix, AuditAttributes audit, DataSplit split,
                                          TrainSettings train, EvaluateSettings evaluate, long seed, RiskModel full,
                                          Map<String, String> inputHashes) {
        Necessity.Result r = Necessity.measure(matrix, split, train, seed, full, evaluate);
        List<RecallBalance.Summary> fairness = List.of();
        if (audit != null) {
            List<boolean[]> selected = new ArrayList<>();
            selected.add(top(r.fullRisk(), r.k()));
            r.risks().forEach(risk -> selected.add(top(risk, r.k())));
            byte[] label = new byte[r.testRows().length];
            for (int i = 0; i < label.length; i++) {
                label[i] = matrix.label()[r.testRows()[i]];
            }
            fairness = RecallBalance.of(label, selected,
                    AuditCohort.attributes(audit, r.testRows()), r.options().bootstrapResamples(), seed);
        }
        Map<String, String> provenance = new TreeMap<>();
        provenance.put("vroegsignaalVersion", BuildInfo.version());
        provenance.put("seed", Long.toString(seed));
        provenance.put("featureCatalogueVersion", matrix.catalogue().version());
        inputHashes.forEach((file, sha) -> provenance.put("sha256 " + file, sha));
        return new NecessityReport(r, fairness, provenance);
    }

    /** The k highest risks (ties by row order, which is the matrix's), as the evaluation counts them. */
    static boolean[] top(double[] risk, int k) {
        Integer[] order = new Integer[risk.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(risk[b], risk[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        boolean[] out = new boolean[risk.length];
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out[order[i]] = true;
        }
        return out;
    }
}
