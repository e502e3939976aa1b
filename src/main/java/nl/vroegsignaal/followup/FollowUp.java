package nl.vroegsignaal.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.vroegsignaal.contract.ContactUitkomst;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.fairness.AuditOptions;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.GroupKey;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.fairness.Verdict;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.model.SavedModel;

/**
 * After the list: how the model and the data have moved since training (drift), and, from a history of past lists
 * and their filled contact logs, whether the lists found who left and how each step of the follow-up went per
 * group. The one entry point of the follow-up; the signal step's stop rule uses its drift too.
 */
public final class FollowUp {
    /** PSI below this is stable (the usual reading of the index). */
    public static final double PSI_MODERATE = 0.10;
    /** PSI from this on is a large shift that calls for a look at the model. */
    public static final double PSI_LARGE = 0.25;

    private FollowUp() {
    }

    /** How large a drift is, by the usual PSI thresholds ({@link #PSI_MODERATE}, {@link #PSI_LARGE}). */
    public enum DriftLevel {
        STABLE, MODERATE, LARGE;

        static DriftLevel of(double psi) {
            return psi >= PSI_LARGE ? LARGE : psi >= PSI_MODERATE ? MODERATE : STABLE;
        }
    }

    /** One catalogue feature's PSI from the reference cohorts to the current one. */
    public record FeatureDrift(String feature, String source, double psi, DriftLevel level) {
    }

    /** A source's drift: that of its feature that moved most. */
    public record SourceDrift(String source, double psi, String feature, DriftLevel level) {
    }

    /**
     * @param peildatum      the cohort compared
     * @param reference      the cohorts it is compared with (the model's training cohorts)
     * @param referenceRows  rows in those cohorts
     * @param currentRows    rows in the compared cohort
     */
    public record Drift(LocalDate peildatum, List<LocalDate> reference, int referenceRows, int currentRows,
                        List<FeatureDrift> features, List<SourceDrift> sources) {
        public Drift {
            reference = List.copyOf(reference);
            features = List.copyOf(features);
            sources = List.copyOf(sources);
        }

        /** The feature that moved most (the first in catalogue order on a tie). */
        public FeatureDrift largest() {
            FeatureDrift best = features.get(0);
            for (FeatureDrift f : features) {
                if (f.psi() > best.psi()) {
                    best = f;
                }
            }
            return best;
        }
    }

    /**
     * A past list against what happened: precision and recall at its capacity among the persons whose outcome the
     * newest input knows, with 95% Wilson intervals (suppressed by the disclosure rule), and whether the precision the
     * list promised lies within the interval.
     */
    public record BackTest(String list, LocalDate peildatum, int capacity, double promised, String promisedBasis,
                           int withOutcome, Rate precision, Rate recall, boolean promiseWithinInterval) {
    }

    /** The steps after a list, in order; each is a share of the one before (the first of the population). */
    public enum StepName {
        OP_DE_LIJST(ContactUitkomst.Step.LISTED),
        CONTACT(ContactUitkomst.Step.CONTACTED),
        HULP_AANGEBODEN(ContactUitkomst.Step.HELP_OFFERED),
        HULP_GEACCEPTEERD(ContactUitkomst.Step.HELP_ACCEPTED);

        private final ContactUitkomst.Step step;

        StepName(ContactUitkomst.Step step) {
            this.step = step;
        }

        ContactUitkomst.Step step() {
            return step;
        }
    }

    /**
     * One group at one step: its rate (the fairness audit's selection rate in the step's population) and, for a group
     * other than its attribute's reference, the audit's disparity ratio against the reference with its verdict.
     */
    public record GroupStep(GroupKey group, Rate rate, boolean reference, Disparity disparity) {
        public boolean outsideBand() {
            return disparity != null && disparity.verdict() == Verdict.BUITEN_BAND;
        }
    }

    /** One step: its overall rate and every group's. */
    public record Step(StepName name, Rate overall, List<GroupStep> groups) {
        public Step {
            groups = List.copyOf(groups);
        }
    }

    /** The steps after the lists of one peildatum. */
    public record StepAudit(LocalDate peildatum, int listed, List<Step> steps) {
        public StepAudit {
            steps = List.copyOf(steps);
        }

        /** The groups whose rate at a step lies wholly outside the tolerance band, step by step. */
        public List<String> gaps() {
            List<String> out = new ArrayList<>();
            for (Step s : steps) {
                s.groups().stream().filter(GroupStep::outsideBand).forEach(g -> out.add(s.name() + " " + g.group()));
            }
            return out;
        }
    }

    /** The model on one labelled cohort since training: base rate, mean risk, observed/expected and AUC. */
    public record CohortFit(LocalDate peildatum, int rows, Rate baseRate, double meanRisk, Estimate observedToExpected,
                            double auc) {
    }

    /** What the cohorts since training advise (see {@code CohortCheck}). */
    public enum Advice {
        /** The model is well calibrated on the newest cohort. */
        NONE,
        /** The ranking holds but the level of the risks does not: refit the calibration (an intercept shift). */
        RECALIBRATE,
        /** The model ranks clearly worse on the newest cohort: the relations changed. */
        RETRAIN,
        /** Too few labelled cohorts to show. */
        NOT_DETERMINABLE
    }

    /** What the random stream says about the effect of contact (see {@code EffectEstimate}). */
    public enum EffectVerdict {
        /** No past list had a random stream. */
        NO_STREAM,
        /** Too few persons in the stream to show figures, or the estimate is too uncertain to bound. */
        TOO_FEW,
        /** The interval of the share lies wholly above 0: contact lowers the chance of leaving. */
        LOWERS,
        /** The interval holds 0: no effect shown (which is not the same as no effect). */
        NOT_SHOWN,
        /** The interval lies wholly below 0: the contacted left more often. */
        RAISES
    }

    /**
     * The effect of contact, from the random stream of past lists.
     *
     * @param verdict           what can be concluded
     * @param lists             past lists with a random draw
     * @param drawn             persons drawn onto a list whose outcome is known
     * @param reached           of those, whom the team reached (an outcome from {@code in_gesprek} on)
     * @param comparable        persons of the same strips not drawn, whose outcome is known
     * @param reachedLeft       leaving rate of the drawn the team reached
     * @param notReachedLeft    leaving rate of the drawn the team did not reach
     * @param comparableLeft    leaving rate of the not drawn
     * @param withoutContact    estimated leaving rate of comparable young people without contact (those the team
     *                          would have reached), NaN when not shown
     * @param difference        leaving with contact minus without, among those contact reaches (a share; -0.05 is 5
     *                          percentage points fewer), with its 95% interval
     * @param share             the share by which contact lowers the chance of leaving (0.3: 30% lower), with its 95%
     *                          interval
     */
    public record Effect(EffectVerdict verdict, int lists, int drawn, int reached, int comparable, Rate reachedLeft,
                         Rate notReachedLeft, Rate comparableLeft, double withoutContact, Estimate difference,
                         Estimate share) {
        static Effect none() {
            Rate none = nl.vroegsignaal.fairness.Wilson.rate(0, true, 0, true);
            return new Effect(EffectVerdict.NO_STREAM, 0, 0, 0, 0, none, none, none, Double.NaN,
                    Estimate.suppressedEstimate(), Estimate.suppressedEstimate());
        }
    }

    /**
     * Everything the follow-up found.
     *
     * @param backTests  per past list, oldest first
     * @param steps      per peildatum with a filled contact log
     * @param drift      the newest peildatum against the training cohorts
     * @param cohorts    the model on each labelled cohort since training
     * @param advice     recalibrate, retrain or nothing
     * @param effect     the effect of contact, from the random stream
     * @param provenance what it was computed from
     */
    public record Report(List<BackTest> backTests, List<StepAudit> steps, Drift drift, List<CohortFit> cohorts,
                         Advice advice, Effect effect, Map<String, String> provenance) {
        public Report {
            backTests = List.copyOf(backTests);
            steps = List.copyOf(steps);
            cohorts = List.copyOf(cohorts);
            provenance = java.util.Collections.unmodifiableMap(new TreeMap<>(provenance));
        }
    }

    /**
     * The follow-up of a history of past lists against the newest input (linked into {@code features}) with the model
     * that made them.
     *
     * @param inputHashes the newest input's files and their sha256, for provenance
     * @param seed        the bootstrap's seed
     */
    public static Report run(SavedModel saved, FeatureSet features, Map<String, String> inputHashes, Path history,
                             long seed) {
        FeatureMatrix m = features.matrix();
        List<PastList> lists = HistoryFolder.read(history);
        List<BackTest> backTests = new ArrayList<>();
        List<StepAudit> steps = new ArrayList<>();
        Map<LocalDate, List<PastList>> byDate = lists.stream().collect(Collectors.groupingBy(l -> l.json().date(),
                TreeMap::new, Collectors.toList()));
        AuditOptions options = AuditOptions.defaults(seed);
        Map<String, String> provenance = new TreeMap<>();
        Map<LocalDate, Outcomes> outcomes = new TreeMap<>();
        byDate.forEach((p, ls) -> {
            Outcomes at = outcomes.computeIfAbsent(p, d -> new Outcomes(m, d));
            ls.forEach(l -> backTests.add(BackTesting.of(l, m, at)));
            if (ls.stream().anyMatch(l -> l.log().isPresent())) {
                steps.add(StepAuditor.of(p, ls, m, features.audit(), at, options));
            }
            for (PastList l : ls) {
                provenance.put("sha256 " + history.relativize(l.file()), Hashing.sha256(l.file()));
                l.log().ifPresent(c -> provenance.put("sha256 " + history.relativize(l.file().resolveSibling(
                        nl.vroegsignaal.link.ContactLogFile.fileName(l.json().lijst()))), c.sha256()));
                if (l.draw().isPresent()) {
                    Path draw = l.file().resolveSibling("steekproef-" + l.json().lijst() + ".json");
                    provenance.put("sha256 " + history.relativize(draw), Hashing.sha256(draw));
                }
            }
        });
        List<LocalDate> train = dates(saved.provenance().split().train());
        LocalDate newest = nl.vroegsignaal.explain.SignalExplainer.latestPeildatum(m);
        Drift drift = drift(m, train, newest);
        LocalDate lastTrain = train.stream().max(LocalDate::compareTo).orElse(LocalDate.MIN);
        List<LocalDate> since = features.cohorts().stream().map(c -> c.peildatum()).filter(d -> d.isAfter(lastTrain))
                .sorted().toList();
        List<CohortFit> fits = CohortCheck.of(saved.model(), measured(saved, m, history), since);
        provenance.put("vroegsignaalVersion", nl.vroegsignaal.core.BuildInfo.version());
        provenance.put("model", saved.model().description());
        provenance.put("modelSha256", Hashing.sha256(saved.dir().resolve(SavedModel.MODEL)));
        provenance.put("seed", Long.toString(seed));
        inputHashes.forEach((f, sha) -> provenance.put("sha256 " + f, sha));
        Effect effect = EffectEstimate.of(lists, m, outcomes);
        return new Report(backTests, steps, drift, fits, CohortCheck.advice(fits), effect, provenance);
    }

    /**
     * The effect of contact alone, from the random stream of the past lists in {@code history} against the newest
     * input linked into {@code features} (what {@link #run} reports as {@link Report#effect()}).
     */
    public static Effect effect(FeatureSet features, Path history) {
        return EffectEstimate.of(HistoryFolder.read(history), features.matrix(), new TreeMap<>());
    }

    /**
     * The cohorts' fit is measured against what happened: a model trained with the contact input
     * ({@code contacts.training: feature}) reads the contacts this history records; any other model the matrix.
     */
    private static FeatureMatrix measured(SavedModel saved, FeatureMatrix m, Path history) {
        boolean expects = nl.vroegsignaal.features.ContactInput.expects(saved.model().encoding().columns().stream()
                .map(c -> c.name()).toList());
        return expects ? nl.vroegsignaal.features.ContactInput.recorded(m,
                nl.vroegsignaal.link.ContactHistory.read(history)) : m;
    }

    private static List<LocalDate> dates(List<String> peildata) {
        List<LocalDate> out = new ArrayList<>();
        for (String d : peildata) {
            try {
                out.add(LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException e) {
                throw new nl.vroegsignaal.core.InputException("the model's training cohorts are not peildata (" + d
                        + "): a model trained on a table cannot be followed up on an input folder");
            }
        }
        return out;
    }

    /** Each feature's and each source's drift from the {@code reference} cohorts to the {@code current} one. */
    public static Drift drift(FeatureMatrix m, List<LocalDate> reference, LocalDate current) {
        return DriftMeasure.of(m, reference, current);
    }
}
