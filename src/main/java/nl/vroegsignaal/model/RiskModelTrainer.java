package nl.vroegsignaal.model;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model stage's entry point: trains every candidate of the grid on the training rows, selects on the
 * validation rows by AUC-PR (average precision), calibrates on the validation rows, and fits the two baselines.
 * Its input is a {@link FeatureMatrix}, which holds no protected attribute, so none can reach a model.
 */
public final class RiskModelTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(RiskModelTrainer.class);

    private RiskModelTrainer() {
    }

    /**
     * @throws InputException when a role has no rows, or the training or validation rows lack either class
     */
    public static TrainingResult train(FeatureMatrix matrix, DataSplit split, TrainSettings settings, long seed) {
        return train(matrix, split, settings, seed, true);
    }

    /**
     * As {@link #train}, but when the training rows exceed {@code train.selectionRows} the models stay fitted on
     * the seeded selection sample (no final fit on all rows): for comparisons between models trained alike, such
     * as the necessity test, where only the difference counts.
     */
    static TrainingResult trainOnSelectionSample(FeatureMatrix matrix, DataSplit split, TrainSettings settings,
                                                 long seed) {
        return train(matrix, split, settings, seed, false);
    }

    private static TrainingResult train(FeatureMatrix matrix, DataSplit split, TrainSettings settings, long seed,
                                        boolean refitOnAllRows) {
        SplitRows rows = split.assign(matrix);
        LOG.info("{}", split.describe());
        LOG.info("rows: {}", rows);
        requireBothClasses(matrix, rows.train(), "training");
        requireBothClasses(matrix, rows.validation(), "validation");
        if (rows.test().length == 0) {
            throw new InputException("the split leaves no labelled rows for the test report");
        }

        FeatureEncoding encoding = FeatureEncoding.fit(matrix, rows.train(),
                java.util.Objects.requireNonNullElse(settings.cohortRelative(), List.of()));
        for (int c = 0; c < encoding.columns().size(); c++) {
            if (encoding.columns().get(c).cohortRelative()) {
                LOG.info("{} is read relative to its cohort: factor per peildatum, oldest first: {}",
                        encoding.columns().get(c).name(), encoding.scaling(c, matrix).describe());
            }
        }
        byte[] yValidation = Baselines.labels(matrix, rows.validation());
        int[] selection = SelectionSample.of(matrix, rows.train(), settings.selectionRows(), seed);
        boolean sampled = selection.length < rows.train().length;
        List<CandidateTraining.Fit> fits = CandidateTraining.run(settings.candidates(), encoding, matrix,
                selection, rows.validation(), seed, runProvenance(seed), settings.parallelFits(),
                CandidateSpec.BoostedTrees.THREADS);
        Map<ModelKind, Trained> bestPerKind = new LinkedHashMap<>();
        List<CandidateResult> results = new ArrayList<>();
        for (CandidateTraining.Fit fit : fits) {
            CandidateResult result = fit.result();
            results.add(result);
            Trained best = bestPerKind.get(result.spec().kind());
            if (best == null || result.validationAucPr() > best.result.validationAucPr()) {
                bestPerKind.put(result.spec().kind(), new Trained(result, fit.model(), fit.validationProbabilities()));
            }
        }
        fits = null; // let the models that lost go before the final fits, the baselines and the report
        if (sampled && refitOnAllRows) {
            LOG.info("the grid was compared on a seeded sample of {} of {} training rows; fitting the best of each "
                    + "family on all training rows", selection.length, rows.train().length);
            List<CandidateSpec> best = bestPerKind.values().stream().map(t -> t.result.spec()).toList();
            bestPerKind.clear();
            // one tree fit on all rows dominates this step: it runs on the cores other processes leave free,
            // looked at again every few rounds (BoosterFit), at most train.threads
            int threads = settings.parallelFits();
            for (CandidateTraining.Fit fit : CandidateTraining.run(best, encoding, matrix, rows.train(),
                    rows.validation(), seed, runProvenance(seed), settings.parallelFits(), threads)) {
                bestPerKind.put(fit.result().spec().kind(),
                        new Trained(fit.result(), fit.model(), fit.validationProbabilities()));
            }
        }

        List<RiskModel> compared = new ArrayList<>();
        TribuoRiskModel chosen = null;
        Trained chosenTrained = null;
        CalibrationMethod.Fitted chosenCalibration = null;
        for (Trained t : bestPerKind.values()) {
            CalibrationMethod.Fitted calibration = settings.calibration().fit(t.validationProbabilities, yValidation);
            TribuoRiskModel model = new TribuoRiskModel(t.model, encoding, calibration.calibration(),
                    t.result.spec().kind(), t.result.spec().description());
            compared.add(model);
            if (chosenTrained == null || t.result.validationAucPr() > chosenTrained.result.validationAucPr()) {
                chosen = model;
                chosenTrained = t;
                chosenCalibration = calibration;
            }
        }
        String reason = "highest validation AUC-PR ("
                + String.format(Locale.ROOT, "%.4f", chosenTrained.result.validationAucPr()) + ") of " + results.size()
                + " candidates; trained on the training rows only, calibrated (" + chosenCalibration.note()
                + ") on the validation rows, reported on the test rows";
        if (sampled && !refitOnAllRows) {
            reason += "; fitted on a seeded sample of " + selection.length + " of " + rows.train().length
                    + " training rows";
        } else if (sampled) {
            reason += "; the grid was compared on a seeded sample of " + selection.length + " of "
                    + rows.train().length + " training rows, and the best candidate of each family fitted again on "
                    + "all of them";
        }

        List<String> notes = new ArrayList<>();
        if (!split.outOfTime()) {
            notes.add(StratifiedSplit.NOT_OUT_OF_TIME);
        }
        TrainSettings.Baselines b = settings.baselines();
        Optional<AbsenceRuleBaseline> absence = AbsenceRuleBaseline.fit(matrix, b.absenceCountFeature(),
                b.absenceHoursFeature(), rows.validation());
        absence.ifPresentOrElse(compared::add, () -> notes.add("The absence rule was not evaluated: the data has no "
                + "numeric feature '" + b.absenceCountFeature() + "' (train.baselines.absenceCountFeature)."));
        Optional<EnvironmentBaseline> environment = EnvironmentBaseline.fit(matrix, rows.train(), rows.validation(),
                b.environmentShrinkage());
        environment.ifPresentOrElse(compared::add, () -> notes.add("The environment baseline was not evaluated: "
                + "the data carries no school and onderwijssoort."));
        notes.forEach(n -> LOG.warn("{}", n));
        LOG.info("saved model: {}; {}", chosen.description(), reason);
        return new TrainingResult(split, rows, encoding, results, chosen, reason, compared, notes);
    }

    private record Trained(CandidateResult result, Model<Label> model, double[] validationProbabilities) {
    }

    /** Recorded inside the Tribuo provenance of every model; no time, no host. */
    private static Map<String, Provenance> runProvenance(long seed) {
        Map<String, Provenance> m = new TreeMap<>();
        m.put("vroegsignaal-version", new StringProvenance("vroegsignaal-version", BuildInfo.version()));
        m.put("seed", new LongProvenance("seed", seed));
        return m;
    }

    private static void requireBothClasses(FeatureMatrix matrix, int[] rows, String role) {
        int positives = 0;
        for (int r : rows) {
            positives += matrix.label()[r];
        }
        if (rows.length == 0 || positives == 0 || positives == rows.length) {
            throw new InputException("the " + role + " rows (" + rows.length + ") hold " + positives
                    + " VSV cases: a model needs both VSV and non-VSV cases there");
        }
    }
}
