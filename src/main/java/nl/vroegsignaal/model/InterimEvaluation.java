package nl.vroegsignaal.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * INTERIM, deleted at the merge: the few metrics the training report needs until the evaluation side's
 * {@code Evaluator} is available. Precision at capacity takes the top {@code k} by risk, ties in row order.
 */
final class InterimEvaluation {
    private InterimEvaluation() {
    }

    /**
     * Metrics of one ranking; null for a metric that is undefined (e.g. AUC without positives).
     */
    record Row(String name, String kind, int persons, int positives, Double aucRoc, Double aucPr, int capacity,
               Double precisionAtCapacity, Double recallAtCapacity, Double brier, Double logLoss,
               Double expectedCalibrationError) {
    }

    static Row evaluate(String name, ModelKind kind, double[] risk, byte[] label, int capacity, int bins) {
        int n = risk.length;
        boolean[] y = new boolean[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            y[i] = label[i] == 1;
            positives += label[i];
        }
        boolean defined = positives > 0 && positives < n;
        Double auc = defined ? LabelEvaluationUtil.binaryAUCROC(y, risk) : null;
        Double ap = defined ? LabelEvaluationUtil.averagedPrecision(y, risk) : null;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -risk[i]));
        int k = Math.min(capacity, n);
        int hits = 0;
        for (int i = 0; i < k; i++) {
            hits += label[order[i]];
        }
        double brier = 0;
        double logLoss = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - 1e-15, Math.max(1e-15, risk[i]));
            brier += (risk[i] - label[i]) * (risk[i] - label[i]);
            logLoss -= label[i] == 1 ? Math.log(p) : Math.log(1 - p);
        }
        return new Row(name, kind.name(), n, positives, auc, ap, k, k == 0 ? null : (double) hits / k,
                positives == 0 ? null : (double) hits / positives, n == 0 ? null : brier / n,
                n == 0 ? null : logLoss / n, n == 0 ? null : ece(risk, label, order, bins));
    }

    /** Expected calibration error over equal-count bins of the risk. */
    private static double ece(double[] risk, byte[] label, Integer[] orderDescending, int bins) {
        int n = risk.length;
        double total = 0;
        for (int b = 0; b < bins; b++) {
            int from = (int) ((long) n * b / bins);
            int to = (int) ((long) n * (b + 1) / bins);
            if (to <= from) {
                continue;
            }
            double sumP = 0;
            double sumY = 0;
            for (int i = from; i < to; i++) {
                sumP += risk[orderDescending[i]];
                sumY += label[orderDescending[i]];
            }
            total += Math.abs(sumP - sumY);
        }
        return total / n;
    }
}
