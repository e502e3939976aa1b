package nl.vroegsignaal.fairness;

/** Whether a disparity ratio lies within the tolerance band, with its uncertainty taken into account. */
public enum Verdict {
    /** The ratio and its whole 95% interval lie inside the band. */
    BINNEN_BAND,
    /** The whole 95% interval lies outside the band (entirely below or entirely above it). */
    BUITEN_BAND,
    /** The interval straddles a band edge, or a group is too small to say (the ratio is suppressed). */
    NIET_TE_BEPALEN;

    /**
     * The verdict for a ratio against the band [{@code low}, {@code high}] (edges count as inside).
     */
    public static Verdict of(Estimate ratio, double low, double high) {
        if (ratio.suppressed() || Double.isNaN(ratio.lower()) || Double.isNaN(ratio.upper())
                || Double.isNaN(ratio.value())) {
            return NIET_TE_BEPALEN;
        }
        boolean inside = low <= ratio.lower() && ratio.upper() <= high
                && low <= ratio.value() && ratio.value() <= high;
        if (inside) {
            return BINNEN_BAND;
        }
        if (ratio.upper() < low || ratio.lower() > high) {
            return BUITEN_BAND;
        }
        return NIET_TE_BEPALEN;
    }
}
