package nl.vroegsignaal.fairness;

/**
 * The group metrics, in the order reports lead with. Help offered comes first: recall (who at risk is reached)
 * and the false omission rate (who is missed among those left off the list), then the selection rate; the rest
 * follow. Proportions are read from a group's 2x2 table of actual outcome (label) by selection at capacity.
 */
public enum Metric {
    /** TP / (TP + FN): of those who left school, the share on the list. */
    RECALL(Axis.POS, Axis.SEL, Axis.POS, Axis.ALL),
    /** FN / (FN + TN): of those not on the list, the share who left school. */
    FALSE_OMISSION_RATE(Axis.POS, Axis.NOT, Axis.ALL, Axis.NOT),
    /** (TP + FP) / n: the share of the group on the list. */
    SELECTION_RATE(Axis.ALL, Axis.SEL, Axis.ALL, Axis.ALL),
    /** TP / (TP + FP): of those on the list, the share who left school. */
    PRECISION(Axis.POS, Axis.SEL, Axis.ALL, Axis.SEL),
    /** FP / (FP + TN): of those who stayed, the share on the list. */
    FALSE_POSITIVE_RATE(Axis.NEG, Axis.SEL, Axis.NEG, Axis.ALL),
    /** FN / (TP + FN): of those who left school, the share not on the list (1 - recall). */
    FALSE_NEGATIVE_RATE(Axis.POS, Axis.NOT, Axis.POS, Axis.ALL),
    /** (TP + FN) / n: the observed rate of early school leaving; context, not a property of the model. */
    BASE_RATE(Axis.POS, Axis.ALL, Axis.ALL, Axis.ALL),
    /**
     * Observed rate / mean predicted risk (O/E): 1 is well calibrated, above 1 means the model underestimates
     * the group's risk. Not a proportion; carried in {@link Calibration}.
     */
    CALIBRATION(-1, -1, -1, -1);

    /** Indices along the label axis (positive, negative, all) and the selection axis (on list, not, all). */
    static final class Axis {
        static final int POS = 0;
        static final int NEG = 1;
        static final int SEL = 0;
        static final int NOT = 1;
        static final int ALL = 2;

        private Axis() {
        }
    }

    final int numLabel;
    final int numSel;
    final int denLabel;
    final int denSel;

    Metric(int numLabel, int numSel, int denLabel, int denSel) {
        this.numLabel = numLabel;
        this.numSel = numSel;
        this.denLabel = denLabel;
        this.denSel = denSel;
    }

    /** True for the metrics that are a count over a count, reported with a Wilson interval. */
    public boolean isProportion() {
        return this != CALIBRATION;
    }

    /**
     * True for the metrics compared against the reference group with a verdict. The base rate is a fact about
     * the population, not about the model, so it gets no verdict.
     */
    public boolean isJudged() {
        return this != BASE_RATE;
    }
}
