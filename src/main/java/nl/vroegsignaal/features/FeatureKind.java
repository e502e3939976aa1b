package nl.vroegsignaal.features;

/** How a feature's values are to be read by a model. */
public enum FeatureKind {
    /** A count, duration or amount. */
    NUMERIC,
    /** 0 or 1. */
    BINARY,
    /** One of a set of levels (e.g. onderwijssoort, wijk); models one-hot encode it. */
    CATEGORICAL
}
