package nl.vroegsignaal.followup;

import java.time.LocalDate;
import java.util.List;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * After the list: how the model and the data have moved since training (drift), and, from a history of past lists
 * and their filled contact logs, whether the lists found who left and how each step of the follow-up went per
 * group. The one entry point of the follow-up; the signal step's stop rule uses its drift too.
 */
public final class FollowUp {
    /** PSI below this is stable (the usual reading of the index). */
    public static final double PSI_MODERATE = 0.10;
    /** PSI from this on is a large shift that calls for a look at the model. */
    public static final double PSI_LARGE = 0.25;

    private FollowUp() {
    }

    /** How large a drift is, by the usual PSI thresholds ({@link #PSI_MODERATE}, {@link #PSI_LARGE}). */
    public enum DriftLevel {
        STABLE, MODERATE, LARGE;

        static DriftLevel of(double psi) {
            return psi >= PSI_LARGE ? LARGE : psi >= PSI_MODERATE ? MODERATE : STABLE;
        }
    }

    /** One catalogue feature's PSI from the reference cohorts to the current one. */
    public record FeatureDrift(String feature, String source, double psi, DriftLevel level) {
    }

    /** A source's drift: that of its feature that moved most. */
    public record SourceDrift(String source, double psi, String feature, DriftLevel level) {
    }

    /**
     * @param peildatum      the cohort compared
     * @param reference      the cohorts it is compared with (the model's training cohorts)
     * @param referenceRows  rows in those cohorts
     * @param currentRows    rows in the compared cohort
     */
    public record Drift(LocalDate peildatum, List<LocalDate> reference, int referenceRows, int currentRows,
                        List<FeatureDrift> features, List<SourceDrift> sources) {
        public Drift {
            reference = List.copyOf(reference);
            features = List.copyOf(features);
            sources = List.copyOf(sources);
        }

        /** The feature that moved most (the first in catalogue order on a tie). */
        public FeatureDrift largest() {
            FeatureDrift best = features.get(0);
            for (FeatureDrift f : features) {
                if (f.psi() > best.psi()) {
                    best = f;
                }
            }
            return best;
        }
    }

    /** Each feature's and each source's drift from the {@code reference} cohorts to the {@code current} one. */
    public static Drift drift(FeatureMatrix m, List<LocalDate> reference, LocalDate current) {
        return DriftMeasure.of(m, reference, current);
    }
}
