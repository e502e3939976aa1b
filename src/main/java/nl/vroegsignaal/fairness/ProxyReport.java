package nl.vroegsignaal.fairness;

import java.util.List;

/**
 * The proxy check: per feature (catalogue order) its association with each protected attribute, per attribute how
 * well all features together predict it, and the names of the flagged features, strongest first, for the summary.
 */
public record ProxyReport(ProxyOptions options, List<FeatureProxy> features, List<AttributePrediction> predictions,
                          List<String> flagged) {

    public ProxyReport {
        features = List.copyOf(features);
        predictions = List.copyOf(predictions);
        flagged = List.copyOf(flagged);
    }
}
