package nl.vroegsignaal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.Parallel;
import nl.vroegsignaal.features.FeatureMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The necessity test: for each social-domain source, for moves and for the three social-domain sources
 * together, the saved model's configuration trained again without that source's features (same split, same
 * seed, same training code: {@link RiskModelTrainer}), and every ranking evaluated on the same test persons and
 * the same bootstrap resamples, so that what a source adds is a paired difference with its own interval. Beside
 * it the relative value: the absence rule and the school baseline at the same capacity, and what a team 1.25 or
 * 1.5 times as large would reach with the model and with the absence rule.
 *
 * <p>With more training rows than {@code train.selectionRows} (the nation), every model of the test is trained on
 * the same seeded selection sample, the reference with all sources too, so that a gain compares models trained
 * alike; the saved model itself was fitted on all rows, and the report says so. Fitting six models on all
 * rows would take longer than the rest of the run.
 *
 * <p>Only the saved model's configuration is trained again, not the whole grid: the grid's other points lost
 * on the full features, and training each of them for every source would multiply the run's time by the grid's
 * size (src/site/evaluation.md, "Noodzaak").
 */
public final class Necessity {
    private static final Logger LOG = LoggerFactory.getLogger(Necessity.class);
    /** The larger teams a council can weigh against a better model. */
    public static final List<Double> LARGER_TEAMS = List.of(1.25, 1.5);
    static final String MODEL = "model";
    static final String ABSENCE = "absence rule";
    static final String SCHOOL = "school baseline";

    private Necessity() {
    }

    /**
     * One source left out: the ranking without it, and what the full model gains over it (full minus without).
     * The source "draagt aantoonbaar bij" when the interval of the gain in precision at capacity lies above 0.
     */
    public record Source(LeftOut leftOut, Evaluation without, Evaluator.Gain gain) {
        public boolean contributes() {
            return gain.precision().hasInterval() && gain.precision().lower() > 0;
        }
    }

    /** A team {@code factor} times the capacity: k persons on the list, the model's and the rule's figures. */
    public record Team(double factor, int k, Evaluation model, Optional<Evaluation> absenceRule) {
    }

    /**
     * @param candidate   the configuration trained again, e.g. {@code gradient-boosted trees (trees=400, ...)}
     * @param full        the saved model on the test rows
     * @param sources     one per source left out, in {@link LeftOut#of} order
     * @param absenceRule today's practice at the same capacity, with the model's gain over it
     * @param school      the school's own past rate at the same capacity, with the model's gain over it
     * @param teams       the model and the absence rule at {@link #LARGER_TEAMS}
     * @param testRows    matrix rows of the test persons, in the order of the risks below
     * @param fullRisk    the saved model's calibrated risk per test row
     * @param risks       per source, the calibrated risk per test row of the model without it
     * @param k           persons on the list at capacity
     * @param fitRows     training rows each model of the test was fitted on
     * @param trainingRows training rows of the split (more than {@code fitRows} when the test used the selection
     *                    sample; {@code full} is then the reference trained on that sample, not the saved model)
     */
    public record Result(String candidate, EvaluationOptions options, Evaluation full, List<Source> sources,
                         Optional<Comparison> absenceRule, Optional<Comparison> school, List<Team> teams,
                         int[] testRows, double[] fullRisk, List<double[]> risks, int k, int fitRows,
                         int trainingRows) {
        /** True when the models of the test were fitted on a sample of the training rows. */
        public boolean onSample() {
            return fitRows < trainingRows;
        }
    }

    /** A baseline beside the model: its evaluation and what the model gains over it. */
    public record Comparison(Evaluation baseline, Evaluator.Gain modelGain) {
    }

    /**
     * @param full     the saved model (trained on all features of {@code matrix} with these settings and seed)
     * @param evaluate capacity and bootstrap of the evaluation
     * @throws InputException when the saved model's configuration is not in the configured grid
     */
    public static Result measure(FeatureMatrix matrix, DataSplit split, TrainSettings settings, long seed,
                                 RiskModel full, EvaluateSettings evaluate) {
        CandidateSpec spec = settings.candidates().stream().filter(c -> c.description().equals(full.description()))
                .findFirst().orElseThrow(() -> new InputException("the necessity test trains the saved model's "
                        + "configuration again, but '" + full.description() + "' is not in the configured grid "
                        + "(train.logistic, train.xgboost); train the model again with this configuration"));
        TrainSettings one = settings.onlyCandidate(spec);
        SplitRows rows = split.assign(matrix);
        int[] test = rows.test();
        byte[] label = Baselines.labels(matrix, test);
        List<LeftOut> groups = LeftOut.of(matrix);
        int fitRows = Math.min(rows.train().length, settings.selectionRows());
        boolean onSample = fitRows < rows.train().length;
        LOG.info("necessity: training '{}' again without each of {} sources{}", spec.description(), groups.size(),
                onSample ? ", every model on the same seeded sample of " + fitRows + " of " + rows.train().length
                        + " training rows" : "");
        List<double[]> risks = trainWithout(matrix, split, one, seed, groups, test, onSample);
        // on a sample the reference is trained on it too (the last fit); otherwise it is the saved model
        double[] fullRisk = onSample ? risks.remove(risks.size() - 1) : full.score(matrix, test);

        EvaluationOptions options = evaluate.options(seed);
        List<EvaluationInput> inputs = new ArrayList<>();
        inputs.add(new EvaluationInput(MODEL, fullRisk, label, null));
        for (int g = 0; g < groups.size(); g++) {
            inputs.add(new EvaluationInput("without " + groups.get(g).key(), risks.get(g), label, null));
        }
        TrainSettings.Baselines b = settings.baselines();
        Optional<AbsenceRuleBaseline> absence = AbsenceRuleBaseline.fit(matrix, b.absenceCountFeature(),
                b.absenceHoursFeature(), rows.validation());
        Optional<EnvironmentBaseline> school = EnvironmentBaseline.fit(matrix, rows.train(), rows.validation(),
                b.environmentShrinkage());
        absence.ifPresent(a -> inputs.add(new EvaluationInput(ABSENCE, a.score(matrix, test), label, null)));
        school.ifPresent(s -> inputs.add(new EvaluationInput(SCHOOL, s.score(matrix, test), label, null)));
        Evaluator.Gains gains = Evaluator.evaluateGains(inputs, options);

        List<Source> sources = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            sources.add(new Source(groups.get(g), gains.evaluations().get(g + 1), gains.gains().get(g)));
        }
        int next = groups.size() + 1;
        Optional<Comparison> absenceResult = Optional.empty();
        if (absence.isPresent()) {
            absenceResult = Optional.of(new Comparison(gains.evaluations().get(next), gains.gains().get(next - 1)));
            next++;
        }
        Optional<Comparison> schoolResult = school.isPresent()
                ? Optional.of(new Comparison(gains.evaluations().get(next), gains.gains().get(next - 1)))
                : Optional.empty();

        int k = options.capacity().resolve(test.length);
        List<Team> teams = new ArrayList<>();
        for (double factor : LARGER_TEAMS) {
            int kf = Math.min(test.length, BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(factor))
                    .setScale(0, RoundingMode.HALF_UP).intValueExact());
            EvaluationOptions larger = new EvaluationOptions(Capacity.ofCount(kf), options.bootstrapResamples(),
                    options.seed(), options.calibrationBins());
            List<EvaluationInput> two = new ArrayList<>(List.of(inputs.get(0)));
            absence.ifPresent(a -> two.add(inputs.get(groups.size() + 1)));
            List<Evaluation> e = Evaluator.evaluatePaired(two, null, larger).candidates();
            teams.add(new Team(factor, kf, e.get(0), e.size() > 1 ? Optional.of(e.get(1)) : Optional.empty()));
        }
        return new Result(spec.description(), options, gains.evaluations().get(0), List.copyOf(sources),
                absenceResult, schoolResult, List.copyOf(teams), test, fullRisk, List.copyOf(risks), k, fitRows,
                rows.train().length);
    }

    /**
     * Per group, the calibrated risk on the test rows of the configuration trained without the group's features;
     * on a sample, one more: the reference trained on the same sample with every feature.
     */
    private static List<double[]> trainWithout(FeatureMatrix matrix, DataSplit split, TrainSettings one, long seed,
                                               List<LeftOut> groups, int[] test, boolean onSample) {
        List<Callable<double[]>> fits = new ArrayList<>();
        for (LeftOut g : groups) {
            fits.add(() -> {
                FeatureMatrix reduced = matrix.without(g.features());
                double[] risk = fitAndScore(reduced, split, one, seed, test);
                LOG.info("necessity: trained without {}", g.key());
                return risk;
            });
        }
        if (onSample) {
            fits.add(() -> fitAndScore(matrix, split, one, seed, test));
        }
        return new ArrayList<>(Parallel.all(fits, one.parallelFits(), "necessity", "training for the necessity test"));
    }

    private static double[] fitAndScore(FeatureMatrix m, DataSplit split, TrainSettings one, long seed, int[] test) {
        TrainingResult r = RiskModelTrainer.trainOnSelectionSample(m, split, one.withThreads(1), seed);
        return r.chosen().score(m, test);
    }
}
