package nl.vroegsignaal.model;

import nl.vroegsignaal.features.FeatureMatrix;

/**
 * Which labelled rows train, validate (select hyperparameters, fit calibration) and test (report) a model. A
 * plain value that prints what it did; unlabelled rows are in no role.
 */
public sealed interface DataSplit permits OutOfTimeSplit, StratifiedSplit {

    /** The rows of each role, ascending. */
    SplitRows assign(FeatureMatrix matrix);

    /** True when validation and test cohorts are later in time than the training cohorts. */
    boolean outOfTime();

    /** One or two sentences for logs and reports. */
    String describe();
}
