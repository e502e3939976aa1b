package nl.vroegsignaal.model;

import java.util.List;
import nl.vroegsignaal.core.ConfigChecks;

/**
 * The {@code evaluate} section of the configuration: how many young people case workers can contact (the
 * capacity at which precision and recall are reported), bootstrap resamples for intervals, reliability bins.
 */
public record EvaluateSettings(CapacitySetting capacity, Integer bootstrapResamples, Integer calibrationBins) {

    /** Exactly one of {@code count} (persons per year) or {@code share} (of the scored population). */
    public record CapacitySetting(Integer count, Double share) {
        /** The evaluation side's capacity (call after validation). */
        public Capacity toCapacity() {
            return count != null ? Capacity.ofCount(count) : Capacity.ofShare(share);
        }

        /** Exactly one of the two, in range; problems prefixed with {@code p}. */
        public void validate(String p, List<String> errors) {
            if (count == null && share == null) {
                errors.add(p + ": set either count or share");
            } else if (count != null && share != null) {
                errors.add(p + ": set count or share, not both");
            } else if (count != null) {
                new ConfigChecks(errors).atLeast(p + ".count", count, 1);
            } else if (!(share > 0 && share <= 0.5)) {
                errors.add(p + ".share: must be in (0, 0.5], got " + share);
            }
        }
    }

    /** The evaluation options for this section (call after validation). */
    public EvaluationOptions options(long seed) {
        return new EvaluationOptions(capacity.toCapacity(), bootstrapResamples, seed, calibrationBins);
    }

    public void validate(String p, List<String> errors) {
        ConfigChecks c = new ConfigChecks(errors);
        if (c.present(p + ".capacity", capacity)) {
            capacity.validate(p + ".capacity", errors);
        }
        c.atLeast(p + ".bootstrapResamples", bootstrapResamples, 0);
        c.atLeast(p + ".calibrationBins", calibrationBins, 2);
    }
}
