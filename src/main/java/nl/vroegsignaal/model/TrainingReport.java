package nl.vroegsignaal.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * The evaluation report of a training run (every compared ranking on the test rows, side by side on the same
 * bootstrap resamples) or of a saved model on other data; written as {@code evaluation.json} and
 * {@code evaluation.html} by {@code report.EvaluationReport}.
 */
public final class TrainingReport {
    /** The evaluation files this report writes into a folder. */
    public static final List<String> FILES = List.of("evaluation.json", "evaluation.html");
    /** The name of the oracle (true probabilities of synthetic data) in reports. */
    public static final String ORACLE = "oracle (true probability)";

    private final EvaluationReportData data;
    private final Map<ModelKind, String> names;
    private final Writer writer;
    /** Further report files written beside the evaluation (the necessity report of {@code train}). */
    private final List<String> extraFiles;
    private final java.util.function.Consumer<Path> extraWriter;

    private TrainingReport(EvaluationReportData data, Map<ModelKind, String> names, Writer writer) {
        this(data, names, writer, List.of(), dir -> { });
    }

    private TrainingReport(EvaluationReportData data, Map<ModelKind, String> names, Writer writer,
                           List<String> extraFiles, java.util.function.Consumer<Path> extraWriter) {
        this.data = data;
        this.names = names;
        this.writer = writer;
        this.extraFiles = List.copyOf(extraFiles);
        this.extraWriter = extraWriter;
    }

    /** The same report, with further files that {@code writer} writes into the folder beside the evaluation. */
    public TrainingReport withExtraFiles(List<String> files, java.util.function.Consumer<Path> writer) {
        return new TrainingReport(data, names, this.writer, files, writer);
    }

    /** Every file {@link #writeTo} writes: {@link #FILES} and the extra ones. */
    public List<String> files() {
        List<String> all = new ArrayList<>(FILES);
        all.addAll(extraFiles);
        return all;
    }

    /**
     * Every compared ranking (models and baselines) on the test rows of a fresh training.
     *
     * @param oracle true probability per matrix row (synthetic data), or null
     */
    public static TrainingReport ofTraining(TrainingResult result, FeatureMatrix matrix, EvaluateSettings settings,
                                            TrainingProvenance provenance, double[] oracle) {
        return ofScores(scores(result, matrix, oracle), settings, provenance);
    }

    /**
     * What {@link #ofTraining} computes the report from, apart from the evaluation settings: the compared
     * rankings' risks on the test rows and the saved model's risks per later cohort.
     *
     * @param oracle true probability per matrix row (synthetic data), or null
     */
    public static EvaluationScores scores(TrainingResult result, FeatureMatrix matrix, double[] oracle) {
        int[] test = result.rows().test();
        byte[] label = Baselines.labels(matrix, test);
        byte[] sectors = EvaluationInput.sectors(matrix, test);
        List<EvaluationInput> inputs = new ArrayList<>();
        Map<ModelKind, String> names = new LinkedHashMap<>();
        for (RiskModel model : result.compared()) {
            names.put(model.kind(), model.kind().label());
            inputs.add(new EvaluationInput(model.kind().label(), model.score(matrix, test), label, sectors));
        }
        Map<String, EvaluationInput> cohorts = new TreeMap<>();
        String trendModel = null;
        if (result.split() instanceof OutOfTimeSplit oot && isDate(oot.test().get(0).label())) {
            trendModel = result.chosen().kind().label();
            cohorts = trendInputs(result.chosen(), matrix, oot);
        }
        return new EvaluationScores(result.split().describe(), result.chosen().kind().label(), names, inputs,
                oracleInput(oracle, test, label, sectors), trendModel, cohorts, result.notes());
    }

    /**
     * The report of a training run from its scores, at the given evaluation settings.
     *
     * @param provenance the model folder's provenance (the report's provenance block and candidate table)
     */
    public static TrainingReport ofScores(EvaluationScores scores, EvaluateSettings settings,
                                          TrainingProvenance provenance) {
        return ofScores(scores, settings, provenance.seed(), provenance.reportBlock(), provenance.grid());
    }

    private static TrainingReport ofScores(EvaluationScores scores, EvaluateSettings settings, long seed,
                                           Map<String, String> provenance, List<GridCandidate> grid) {
        EvaluationOptions options = settings.options(seed);
        Comparison comparison = Evaluator.evaluatePaired(scores.compared(), scores.oracle(), options);
        List<CohortTrend> trends = new ArrayList<>();
        if (scores.trendModel() != null) {
            Map<LocalDate, EvaluationInput> cohorts = new TreeMap<>();
            scores.trendCohorts().forEach((date, input) -> cohorts.put(LocalDate.parse(date), input));
            trends.add(CohortTrend.of(scores.trendModel(), cohorts, options));
        }
        Map<ModelKind, String> names = new LinkedHashMap<>(scores.names());
        return new TrainingReport(new EvaluationReportData("vroegsignaal: the risk model on the test cohort",
                provenance, scores.splitDescription(), comparison, scores.chosenModel(), trends, scores.notes(),
                grid), names, null);
    }

    /** A saved model evaluated on the given labelled rows of other data (the {@code evaluate} command). */
    public static TrainingReport ofModel(RiskModel model, FeatureMatrix matrix, int[] rows, String rowsDescription,
                                         List<String> notes, EvaluateSettings settings, long seed,
                                         Map<String, String> provenance, double[] oracle) {
        String name = model.kind().label();
        byte[] label = Baselines.labels(matrix, rows);
        byte[] sectors = EvaluationInput.sectors(matrix, rows);
        EvaluationInput input = new EvaluationInput(name, model.score(matrix, rows), label, sectors);
        Comparison comparison = Evaluator.evaluatePaired(List.of(input), oracleInput(oracle, rows, label, sectors),
                settings.options(seed));
        return new TrainingReport(new EvaluationReportData("vroegsignaal: a saved risk model on new data",
                provenance, rowsDescription, comparison, name, List.of(), notes), Map.of(model.kind(), name), null);
    }

    /** The saved model's risks per validation and test cohort (not training), keyed by ISO date. */
    private static Map<String, EvaluationInput> trendInputs(RiskModel model, FeatureMatrix matrix,
                                                           OutOfTimeSplit split) {
        Map<String, EvaluationInput> cohorts = new TreeMap<>();
        List<OutOfTimeSplit.Cohort> later = new ArrayList<>(split.validation());
        later.addAll(split.test());
        for (OutOfTimeSplit.Cohort c : later) {
            int[] rows = java.util.stream.IntStream.range(0, matrix.rows())
                    .filter(r -> matrix.peildatum()[r] == c.key() && matrix.label()[r] != FeatureMatrix.NO_LABEL)
                    .toArray();
            cohorts.put(LocalDate.ofEpochDay(c.key()).toString(), EvaluationInput.of(model.kind().label(),
                    model.score(matrix, rows), matrix, rows));
        }
        return cohorts;
    }

    /** The oracle's probabilities on the evaluated rows, or null without a truth file. */
    private static EvaluationInput oracleInput(double[] oracle, int[] rows, byte[] label, byte[] sectors) {
        if (oracle == null) {
            return null;
        }
        double[] p = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = oracle[rows[i]];
        }
        return new EvaluationInput(ORACLE, p, label, sectors);
    }

    private static boolean isDate(String label) {
        return label.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    public EvaluationReportData data() {
        return data;
    }

    /** The evaluation of the ranking of the given kind, if it was evaluated. */
    public java.util.Optional<Evaluation> evaluation(ModelKind kind) {
        String name = names.get(kind);
        return name == null ? java.util.Optional.empty() : data.comparison().candidate(name);
    }

    /**
     * Lines for the console: the split, the notes, and one line per ranking. They follow the reports' disclosure
     * rule: a figure that evaluation.json hides is logged as {@link Disclosure#PAGE_MARK}, never as a number.
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(data.splitDescription());
        data.notes().forEach(n -> lines.add("NOTE: " + n));
        Evaluation head = data.headline();
        lines.add("capacity: " + head.options().capacity().describe() + " = " + head.atCapacity().point().k()
                + " of " + persons(head.rows()) + " persons (" + persons(head.positives()) + " VSV)");
        for (Evaluation e : data.comparison().candidates()) {
            lines.add(line(e.name(), e) + (e.name().equals(data.chosenModel()) ? "  (saved)" : ""));
        }
        Evaluation oracle = data.comparison().oracle();
        if (oracle != null) {
            lines.add(line("oracle", oracle));
            data.comparison().ratioFor(data.chosenModel()).ifPresent(r -> {
                boolean hidden = EvaluationDisclosure.hidesOracleRatio(
                        data.comparison().candidate(data.chosenModel()).orElseThrow(), oracle);
                lines.add("saved model / oracle, precision@capacity: " + (hidden ? Disclosure.PAGE_MARK
                        : String.format(Locale.ROOT, "%.3f [%s]", r.precisionRatio().value(),
                        interval(r.precisionRatio()))));
            });
        }
        return lines;
    }

    private static String persons(double n) {
        return Disclosure.hidesCount(n) ? Disclosure.PAGE_MARK : String.valueOf(Math.round(n));
    }

    private static String line(String name, Evaluation e) {
        boolean cohortHidden = EvaluationDisclosure.hidesCohort(e);
        boolean hidden = EvaluationDisclosure.hidesAtCapacity(e);
        Estimate p = e.atCapacity().precision();
        return String.format(Locale.ROOT, "%-24s AUC-PR %s  precision@capacity %s  recall@capacity %s  ECE %s", name,
                cohortHidden ? Disclosure.PAGE_MARK : String.format(Locale.ROOT, "%.3f", e.aucPr().value()),
                hidden ? Disclosure.PAGE_MARK : String.format(Locale.ROOT, "%.3f [%s]", p.value(), interval(p)),
                hidden ? Disclosure.PAGE_MARK : String.format(Locale.ROOT, "%.3f", e.atCapacity().recall().value()),
                cohortHidden ? Disclosure.PAGE_MARK
                        : String.format(Locale.ROOT, "%.4f", e.expectedCalibrationError().value()));
    }

    private static String interval(Estimate e) {
        return e.hasInterval() ? String.format(Locale.ROOT, "%.3f-%.3f", e.lower(), e.upper()) : "no interval";
    }

    /** Writes the report's {@link #FILES} into a folder (the pages live in the later {@code report} stage). */
    @FunctionalInterface
    public interface Writer {
        void write(Path dir, EvaluationReportData data);
    }

    /** The same report, written by {@code writer} when {@link SavedModel} builds the model folder. */
    public TrainingReport writtenBy(Writer writer) {
        return new TrainingReport(data, names, writer, extraFiles, extraWriter);
    }

    /** Writes the files into {@code dir} (each atomically) with the writer given to {@link #writtenBy}. */
    public void writeTo(Path dir) {
        if (writer == null) {
            throw new IllegalStateException("no writer for the evaluation report: call writtenBy first");
        }
        writer.write(dir, data);
        extraWriter.accept(dir);
    }
}
