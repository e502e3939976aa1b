package nl.vroegsignaal.fairness;

/**
 * How the proxy check measures and when it names a feature.
 *
 * @param seed              seed of the person-level train/test split for the attribute model
 * @param cramersVThreshold a feature is named when its (bias-corrected) Cramér's V with an attribute reaches this.
 *                          Default 0.2: Cohen's "medium" association is 0.3 for a two-level attribute and 0.17
 *                          for a four-level one (herkomst); 0.2 sits between them, on the side of naming one
 *                          feature too many, because a privacy officer can dismiss a named feature but cannot see
 *                          an unnamed one
 * @param aucThreshold      a feature is also named when on its own it separates a group from the rest with an AUC
 *                          of at least this. Default 0.7, the usual bound of "acceptable" discrimination: a feature
 *                          that sorts a group this well can stand in for group membership
 * @param maxBins           numeric features are cut into at most this many quantile bins for Cramér's V (ties
 *                          are never split, so features with few values keep them as they are)
 * @param minGroupPersons   a group is compared with the rest only when both have at least this many persons
 * @param holdOutShare      share of persons held out to measure the attribute model's AUC
 */
public record ProxyOptions(long seed, double cramersVThreshold, double aucThreshold, int maxBins,
                           int minGroupPersons, double holdOutShare) {

    public ProxyOptions {
        if (!(cramersVThreshold > 0 && cramersVThreshold <= 1)) {
            throw new IllegalArgumentException("cramersVThreshold: expected a value in (0, 1], got "
                    + cramersVThreshold);
        }
        if (!(aucThreshold > 0.5 && aucThreshold <= 1)) {
            throw new IllegalArgumentException("aucThreshold: expected a value in (0.5, 1], got " + aucThreshold);
        }
        if (maxBins < 2) {
            throw new IllegalArgumentException("maxBins: must be >= 2, got " + maxBins);
        }
        if (minGroupPersons < 1) {
            throw new IllegalArgumentException("minGroupPersons: must be >= 1, got " + minGroupPersons);
        }
        if (!(holdOutShare > 0 && holdOutShare < 1)) {
            throw new IllegalArgumentException("holdOutShare: expected a value in (0, 1), got " + holdOutShare);
        }
    }

    public static ProxyOptions defaults(long seed) {
        return new ProxyOptions(seed, 0.2, 0.7, 10, 100, 0.3);
    }
}
