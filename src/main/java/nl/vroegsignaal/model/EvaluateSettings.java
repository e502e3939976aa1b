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
    }

    /** The evaluation options for this section (call after validation). */
    public EvaluationOptions options(long seed) {
        return new EvaluationOptions(capacity.toCapacity(), bootstrapResamples, seed, calibrationBins);
    }

    public void validate(String p, List<String> errors) {
        ConfigChecks c = new ConfigChecks(errors);
        if (c.present(p + ".capacity", capacity)) {
            if (capacity.count() == null && capacity.share() == null) {
                errors.add(p + ".capacity: set either count or share");
            } else if (capacity.count() != null && capacity.share() != null) {
                errors.add(p + ".capacity: set count or share, not both");
            } else if (capacity.count() != null) {
                c.atLeast(p + ".capacity.count", capacity.count(), 1);
            } else if (!(capacity.share() > 0 && capacity.share() <= 0.5)) {
                errors.add(p + ".capacity.share: must be in (0, 0.5], got " + capacity.share());
            }
        }
        c.atLeast(p + ".bootstrapResamples", bootstrapResamples, 0);
        c.atLeast(p + ".calibrationBins", calibrationBins, 2);
    }
}
