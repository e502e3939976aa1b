package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.core.ConfigChecks;

/**
 * The {@code train} section of the configuration: split, calibration, the candidate grids and the baselines.
 * Defaults live in {@code nl/vroegsignaal/vroegsignaal.yaml}; every key is documented in
 * {@code src/site/configuration.md}.
 *
 * @param threads candidates trained at once, one thread each (0: as many as the machine has processors); never
 *                changes the result
 * @param selectionRows training rows the grid is compared on: with more, a seeded sample of this many (stratified
 *                      by label), and the best candidate of each family is fitted again on all training rows
 * @param necessity     whether {@code train} also runs the necessity test (noodzaak.json and .html in the model
 *                      folder)
 * @param cohortRelative numeric features the model reads relative to their own cohort's mean (see
 *                       {@link FeatureEncoding}); names the data does not hold are skipped
 */
public record TrainSettings(Split split, CalibrationMethod calibration, Logistic logistic, BoostedTrees xgboost,
                            Baselines baselines, Integer threads, Integer selectionRows, Boolean necessity,
                            List<String> cohortRelative) {

    public TrainSettings {
        cohortRelative = cohortRelative == null ? null : java.util.Collections.unmodifiableList(
                new ArrayList<>(cohortRelative));
    }

    /** Without cohort-relative features. */
    public TrainSettings(Split split, CalibrationMethod calibration, Logistic logistic, BoostedTrees xgboost,
                         Baselines baselines, Integer threads, Integer selectionRows, Boolean necessity) {
        this(split, calibration, logistic, xgboost, baselines, threads, selectionRows, necessity, List.of());
    }

    /** Without the necessity test in {@code train} ({@code run}'s audit always does it). */
    public TrainSettings(Split split, CalibrationMethod calibration, Logistic logistic, BoostedTrees xgboost,
                         Baselines baselines, Integer threads, Integer selectionRows) {
        this(split, calibration, logistic, xgboost, baselines, threads, selectionRows, false);
    }

    /** Grids larger than this would blow the two-minute training budget at city scale. */
    static final int MAX_GRID = 12;

    /**
     * @param validationCohorts newest labelled cohorts (after the test ones) used to select and calibrate
     * @param testCohorts       newest labelled cohorts, used only for the final report
     * @param validationShare   share of labelled rows for validation when there is no time column
     * @param testShare         share of labelled rows for test when there is no time column
     */
    public record Split(Integer validationCohorts, Integer testCohorts, Double validationShare, Double testShare) {
    }

    /** Logistic regression grid: one candidate per cost. */
    public record Logistic(Boolean enabled, List<Double> cost, Integer maxIterations, Double tolerance) {
    }

    /** XGBoost grid: the cartesian product of the listed values. */
    public record BoostedTrees(Boolean enabled, List<Integer> trees, List<Integer> maxDepth, List<Double> eta,
                               List<Double> minChildWeight, List<Double> subsample, List<Double> colsample,
                               Double lambda, Double alpha) {
    }

    /**
     * @param absenceCountFeature  feature the absence rule ranks by (unexcused absence reports, last 12 months)
     * @param absenceHoursFeature  feature that breaks its ties (hours, last 12 months)
     * @param environmentShrinkage pseudo-count pulling a small school's rate towards its onderwijssoort's rate
     */
    public record Baselines(String absenceCountFeature, String absenceHoursFeature, Double environmentShrinkage) {
    }

    /** Adds one path-prefixed message per problem, e.g. {@code train.xgboost.eta: must be in (0, 1]}. */
    public void validate(String p, List<String> errors) {
        ConfigChecks c = new ConfigChecks(errors);
        if (c.present(p + ".split", split)) {
            c.atLeast(p + ".split.validationCohorts", split.validationCohorts(), 1);
            c.atLeast(p + ".split.testCohorts", split.testCohorts(), 1);
            c.openUnit(p + ".split.validationShare", split.validationShare());
            c.openUnit(p + ".split.testShare", split.testShare());
            if (split.validationShare() != null && split.testShare() != null
                    && split.validationShare() + split.testShare() >= 0.9) {
                errors.add(p + ".split: validationShare + testShare must leave at least 10% for training");
            }
        }
        c.present(p + ".calibration", calibration);
        boolean lr = c.present(p + ".logistic", logistic) && c.present(p + ".logistic.enabled", logistic.enabled());
        if (lr) {
            c.nonEmpty(p + ".logistic.cost", logistic.cost());
            c.eachPositive(p + ".logistic.cost", logistic.cost());
            c.atLeast(p + ".logistic.maxIterations", logistic.maxIterations(), 1);
            c.positive(p + ".logistic.tolerance", logistic.tolerance());
        }
        boolean gb = c.present(p + ".xgboost", xgboost) && c.present(p + ".xgboost.enabled", xgboost.enabled());
        if (gb) {
            String x = p + ".xgboost";
            c.nonEmpty(x + ".trees", xgboost.trees());
            c.eachAtLeast(x + ".trees", xgboost.trees(), 1);
            c.nonEmpty(x + ".maxDepth", xgboost.maxDepth());
            c.eachAtLeast(x + ".maxDepth", xgboost.maxDepth(), 1);
            c.nonEmpty(x + ".eta", xgboost.eta());
            c.eachUnit(x + ".eta", xgboost.eta());
            c.nonEmpty(x + ".minChildWeight", xgboost.minChildWeight());
            c.eachNonNegative(x + ".minChildWeight", xgboost.minChildWeight());
            c.nonEmpty(x + ".subsample", xgboost.subsample());
            c.eachUnit(x + ".subsample", xgboost.subsample());
            c.nonEmpty(x + ".colsample", xgboost.colsample());
            c.eachUnit(x + ".colsample", xgboost.colsample());
            c.nonNegative(x + ".lambda", xgboost.lambda());
            c.nonNegative(x + ".alpha", xgboost.alpha());
        }
        if (lr && gb && !logistic.enabled() && !xgboost.enabled()) {
            errors.add(p + ": at least one of logistic.enabled and xgboost.enabled must be true");
        }
        if (errors.isEmpty() && lr && gb) {
            int lrGrid = logistic.enabled() ? logistic.cost().size() : 0;
            int gbGrid = xgboost.enabled() ? xgbCandidates().size() : 0;
            if (lrGrid > MAX_GRID) {
                errors.add(p + ".logistic.cost: at most " + MAX_GRID + " values, got " + lrGrid);
            }
            if (gbGrid > MAX_GRID) {
                errors.add(p + ".xgboost: the grid has " + gbGrid + " combinations, at most " + MAX_GRID
                        + " fit the time budget");
            }
        }
        c.atLeast(p + ".threads", threads, 0);
        c.atLeast(p + ".selectionRows", selectionRows, 1000);
        c.present(p + ".necessity", necessity);
        if (c.present(p + ".cohortRelative", cohortRelative)) {
            for (int i = 0; i < cohortRelative.size(); i++) {
                c.text(p + ".cohortRelative[" + i + "]", cohortRelative.get(i));
            }
        }
        if (c.present(p + ".baselines", baselines)) {
            c.text(p + ".baselines.absenceCountFeature", baselines.absenceCountFeature());
            c.text(p + ".baselines.absenceHoursFeature", baselines.absenceHoursFeature());
            c.nonNegative(p + ".baselines.environmentShrinkage", baselines.environmentShrinkage());
        }
    }

    /** The same settings training {@code n} candidates at once (0: one per processor). */
    public TrainSettings withThreads(int n) {
        return new TrainSettings(split, calibration, logistic, xgboost, baselines, n, selectionRows, necessity,
                cohortRelative);
    }

    /** The same settings comparing the grid on at most {@code n} training rows. */
    public TrainSettings withSelectionRows(int n) {
        return new TrainSettings(split, calibration, logistic, xgboost, baselines, threads, n, necessity,
                cohortRelative);
    }

    /**
     * The same settings with a grid of exactly this candidate (and the same {@code selectionRows}): for the
     * necessity test, which trains the saved model's configuration again.
     */
    public TrainSettings onlyCandidate(CandidateSpec spec) {
        if (spec instanceof CandidateSpec.Logistic l) {
            return new TrainSettings(split, calibration, new Logistic(true, List.of(l.cost()), l.maxIterations(),
                    l.tolerance()), new BoostedTrees(false, xgboost.trees(), xgboost.maxDepth(), xgboost.eta(),
                    xgboost.minChildWeight(), xgboost.subsample(), xgboost.colsample(), xgboost.lambda(),
                    xgboost.alpha()), baselines, threads, selectionRows, necessity, cohortRelative);
        }
        CandidateSpec.BoostedTrees t = (CandidateSpec.BoostedTrees) spec;
        return new TrainSettings(split, calibration, new Logistic(false, logistic.cost(), logistic.maxIterations(),
                logistic.tolerance()), new BoostedTrees(true, List.of(t.trees()), List.of(t.maxDepth()),
                List.of(t.eta()), List.of(t.minChildWeight()), List.of(t.subsample()), List.of(t.colsample()),
                t.lambda(), t.alpha()), baselines, threads, selectionRows, necessity, cohortRelative);
    }

    /** How many candidates train at once: {@code threads}, or the processors available when it is 0. */
    public int parallelFits() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** All candidates in a fixed order: logistic costs first, then the XGBoost grid. Call after validate. */
    public List<CandidateSpec> candidates() {
        List<CandidateSpec> out = new ArrayList<>();
        if (logistic.enabled()) {
            for (double cost : logistic.cost()) {
                out.add(new CandidateSpec.Logistic(cost, logistic.maxIterations(), logistic.tolerance()));
            }
        }
        if (xgboost.enabled()) {
            out.addAll(xgbCandidates());
        }
        return out;
    }

    private List<CandidateSpec> xgbCandidates() {
        List<CandidateSpec> out = new ArrayList<>();
        for (int trees : xgboost.trees()) {
            for (int depth : xgboost.maxDepth()) {
                for (double eta : xgboost.eta()) {
                    for (double mcw : xgboost.minChildWeight()) {
                        for (double sub : xgboost.subsample()) {
                            for (double col : xgboost.colsample()) {
                                out.add(new CandidateSpec.BoostedTrees(trees, depth, eta, mcw, sub, col,
                                        xgboost.lambda(), xgboost.alpha()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
