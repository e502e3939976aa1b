package nl.vroegsignaal.model;

/** Shared validation of score/label arrays, with messages that say which row broke which rule. */
final class LabelChecks {
    private LabelChecks() {
    }

    /** Scores finite, labels 0 or 1, equal lengths, at least one row. */
    static void requireScoresAndLabels(String what, double[] scores, byte[] labels) {
        if (scores == null || labels == null) {
            throw new IllegalArgumentException(what + ": scores and labels are required");
        }
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(what + ": " + scores.length + " scores but " + labels.length
                    + " labels");
        }
        if (scores.length == 0) {
            throw new IllegalArgumentException(what + ": no rows");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException(what + ": score of row " + i + " is not a finite number ("
                        + scores[i] + ")");
            }
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(what + ": label of row " + i + " must be 0 or 1, got "
                        + labels[i] + " (remove rows without a label first)");
            }
        }
    }

    /** As above, and every score a probability in [0, 1]. */
    static void requireProbabilities(String what, double[] p, byte[] labels) {
        requireScoresAndLabels(what, p, labels);
        for (int i = 0; i < p.length; i++) {
            if (p[i] < 0 || p[i] > 1) {
                throw new IllegalArgumentException(what + ": row " + i + " has " + p[i]
                        + ", but a probability in [0, 1] is needed");
            }
        }
    }
}
