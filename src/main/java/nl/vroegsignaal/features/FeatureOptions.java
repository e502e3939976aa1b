package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Options of the features stage.
 *
 * @param extractionDate the day the data was extracted (the horizon): labels are known only for peildata P
 *                       with P + 1 year on or before it. Empty: the day after the latest knowledge date in the
 *                       data (see {@link Timeline}).
 */
public record FeatureOptions(Optional<LocalDate> extractionDate) {

    public static FeatureOptions defaults() {
        return new FeatureOptions(Optional.empty());
    }

    public static FeatureOptions extractedOn(LocalDate date) {
        return new FeatureOptions(Optional.of(date));
    }
}
