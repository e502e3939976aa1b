package nl.vroegsignaal.pipeline;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.explain.ContributionEngines;
import nl.vroegsignaal.fairness.AuditInput;
import nl.vroegsignaal.fairness.AuditOptions;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.FairnessAuditor;
import nl.vroegsignaal.fairness.GroupBaseRates;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.ListInput;
import nl.vroegsignaal.fairness.ProxyCheck;
import nl.vroegsignaal.fairness.ProxyOptions;
import nl.vroegsignaal.fairness.ProxyReport;
import nl.vroegsignaal.fairness.Ranking;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.AbsenceRuleBaseline;
import nl.vroegsignaal.model.Capacity;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.TrainingProvenance;
import nl.vroegsignaal.report.AuditFacts;
import nl.vroegsignaal.report.AuditFiles;
import nl.vroegsignaal.report.AuditReport;
import nl.vroegsignaal.report.EvaluationSummary;
import nl.vroegsignaal.report.MissingSources;
import nl.vroegsignaal.report.ModelCard;
import nl.vroegsignaal.report.NecessityReport;
import nl.vroegsignaal.report.RegisterEntry;
import nl.vroegsignaal.report.SignalTexts;
import nl.vroegsignaal.report.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code audit}: the fairness audit of a saved model for a privacy officer. On the model's out-of-time test
 * cohort at the configured capacity: group metrics and disparities per geslacht, herkomst and both; the proxy
 * check of the features on that cohort; and the composition of the signal list the model produces now (latest
 * peildatum), against the test cohort's base rates. Writes fairness.json, fairness.html, modelkaart.md,
 * algoritmeregister.json and algoritmeregister.md.
 */
public final class AuditStage {
    private static final Logger LOG = LoggerFactory.getLogger(AuditStage.class);

    private AuditStage() {
    }

    /**
     * @param seed         seed of the bootstraps and the proxy check's split; {@link #MODEL_SEED} (the default)
     *                     means the seed recorded in the model's provenance, so a model's audit is reproducible
     *                     without naming a seed
     * @param organisation the municipality's name for the model card and register entry; empty leaves a marked
     *                     place for it
     * @param texts        the Dutch texts of the model card (built in, or the configuration's {@code texts} file)
     */
    public record Options(long seed, Optional<String> organisation, Texts texts) {
        /** Use the model's own seed. */
        public static final long MODEL_SEED = Long.MIN_VALUE;

        public Options {
            organisation = organisation == null ? Optional.empty()
                    : organisation.map(String::strip).filter(s -> !s.isEmpty());
            texts = texts == null ? Texts.builtIn() : texts;
        }

        /** With the built-in texts. */
        public Options(long seed, Optional<String> organisation) {
            this(seed, organisation, Texts.builtIn());
        }

        public static Options defaults() {
            return new Options(MODEL_SEED, Optional.empty());
        }
    }

    /** What an audit computed; {@link #report()} is what the files are written from. */
    public record Result(AuditFacts facts, FairnessAudit audit, ListComposition listComposition, ProxyReport proxies,
                         ModelCard modelCard, RegisterEntry registerEntry, Optional<NecessityReport> necessity) {
        public AuditReport report() {
            return new AuditReport(facts, audit, listComposition, proxies, modelCard, registerEntry, necessity);
        }
    }

    /**
     * Loads the model, links the input folder and audits (with the oracle when the folder holds the generator's
     * truth file); writes the audit files into {@code outDir} ({@link AuditFiles}).
     */
    public static List<Path> run(Path modelDir, Path inputDir, Options options, Path outDir) {
        SavedModel saved = SavedModel.load(modelDir);
        LinkedData linked = Linker.read(inputDir, LinkSettings.forModel(saved.provenance()));
        FeatureSet features = FeatureBuilder.build(linked);
        Result result = compute(saved, features, linked.inputHashes(), TruthFile.alignedTo(inputDir,
                features.matrix()), Optional.empty(), options);
        return AuditFiles.write(result.report(), outDir, options.texts());
    }

    /**
     * Loads a model trained on a user's table ({@code train --table}), reads the table again as the model
     * records it, and audits the model on its test rows for the protected columns; see {@link TableAudit}.
     *
     * @param protectedColumns the columns to audit for; empty: those the model was trained with
     */
    public static List<Path> runTable(Path modelDir, Path table, List<String> protectedColumns, Options options,
                                      Path outDir) {
        return TableAudit.run(modelDir, table, protectedColumns, options, outDir);
    }

    /** The audit without an oracle, computing the signal list itself. */
    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Options options) {
        return compute(saved, features, inputHashes, Optional.empty(), Optional.empty(), options);
    }

    /**
     * @param truth  the true probability per matrix row (synthetic data only): the oracle's ranking is then put
     *               beside the model's
     * @param signal the signal list of this model on these features, when the caller already has it
     */
    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Optional<double[]> truth, Optional<SignalStage.Result> signalList,
                                 Options options) {
        return compute(saved, features, inputHashes, truth, signalList, options, Optional.empty());
    }

    /**
     * @param necessity the necessity report ({@link NecessityCheck}), for the model card and the register entry
     *                  and written beside the audit's files
     */
    public static Result compute(SavedModel saved, FeatureSet features, Map<String, String> inputHashes,
                                 Optional<double[]> truth, Optional<SignalStage.Result> signalList,
                                 Options options, Optional<NecessityReport> necessity) {
        long seed = options.seed() == Options.MODEL_SEED ? saved.provenance().seed() : options.seed();
        FeatureMatrix m = features.matrix();
        // the test cohort is measured against what happened: a model with the contact input reads the recorded
        // contacts there; the proxy check and today's list read the catalogue features (the list: as not contacted)
        FeatureMatrix measured = RecordedContacts.measured(saved, m);
        List<LocalDate> testDates = AuditCohort.testPeildata(saved);
        Capacity capacity = SignalStage.configuredCapacity(saved);
        AuditCohort cohort = AuditCohort.of(saved, measured, testDates, capacity);
        AuditOptions auditOptions = AuditOptions.defaults(seed);
        requireEnoughOutcomes(cohort, auditOptions.minCell());
        LOG.info("auditing {} labelled rows at {} ({} selected)", cohort.rows().length, testDates,
                cohort.selectedCount());
        FairnessAudit audit = FairnessAuditor.audit(new AuditInput(cohort.risk(), cohort.label(), cohort.selected(),
                AuditCohort.attributes(features.audit(), cohort.rows()), others(saved, measured, cohort, capacity,
                truth)),
                auditOptions);

        int[] population = AuditCohort.populationRows(m, testDates);
        LOG.info("proxy check on {} rows", population.length);
        ProxyReport proxies = ProxyCheck.run(AuditCohort.subset(m, population),
                AuditCohort.attributes(features.audit(), population), ProxyOptions.defaults(seed));

        SignalStage.Result signal = signalList.orElseGet(() -> SignalStage.compute(saved, features, inputHashes,
                SignalStage.Options.defaults()));
        boolean[] onList = signal.lists().onList(m, signal.rows());
        ListComposition list = FairnessAuditor.listComposition(new ListInput(onList,
                AuditCohort.attributes(features.audit(), signal.rows())), GroupBaseRates.from(audit), auditOptions);

        AuditFacts facts = facts(saved, measured, inputHashes, options, seed, cohort, signal, capacity);
        return new Result(facts, audit, list, proxies,
                ModelCard.build(facts, audit, list, proxies, options.texts(), necessity),
                RegisterEntry.build(facts, audit, proxies, options.texts(), necessity), necessity);
    }

    /**
     * Who today's practice (the absence rule the model was evaluated against) and, on synthetic data, the oracle
     * would put on the list at the same capacity.
     */
    private static Map<Ranking, boolean[]> others(SavedModel saved, FeatureMatrix m, AuditCohort cohort,
                                                  Capacity capacity, Optional<double[]> truth) {
        Map<Ranking, boolean[]> out = new EnumMap<>(Ranking.class);
        Optional<AbsenceRuleBaseline> rule = saved.provenance().absenceRuleFeatures()
                .flatMap(f -> AbsenceRuleBaseline.fit(m, f.get(0), f.get(1), cohort.rows()));
        rule.ifPresent(r -> {
            double[] score = new double[m.rows()];
            double[] raw = r.rawScores(m, cohort.rows());
            for (int i = 0; i < raw.length; i++) {
                score[cohort.rows()[i]] = raw[i];
            }
            out.put(Ranking.TODAY, cohort.selectBy(m, score, capacity));
        });
        truth.ifPresent(t -> out.put(Ranking.ORACLE, cohort.selectBy(m, t, capacity)));
        return out;
    }

    static void requireEnoughOutcomes(AuditCohort cohort, int minCell) {
        int positives = 0;
        for (byte b : cohort.label()) {
            positives += b;
        }
        int negatives = cohort.label().length - positives;
        if (positives < minCell || negatives < minCell) {
            throw new InputException("the test cohort " + cohort.peildata() + " has fewer than " + minCell
                    + " young people who left school early, or fewer than " + minCell + " who stayed; an audit "
                    + "cannot publish its numbers without showing a cell under " + minCell + " persons");
        }
    }

    private static AuditFacts facts(SavedModel saved, FeatureMatrix m, Map<String, String> inputHashes,
                                    Options options, long seed, AuditCohort cohort, SignalStage.Result signal,
                                    Capacity capacity) {
        TrainingProvenance p = saved.provenance();
        TrainingProvenance.Split split = p.split();
        Set<String> used = saved.model().encoding().columns().stream().map(c -> c.name())
                .collect(Collectors.toSet());
        List<FeatureDefinition> features = m.catalogue().features().stream().filter(d -> used.contains(d.name()))
                .toList();
        TreeMap<String, String> provenance = provenance(saved, m, seed, inputHashes);
        provenance.put(RegisterEntry.LIST_VISIBILITY, SignalTexts.visibilityNl(signal.lists(), options.texts()));
        return new AuditFacts(options.organisation(), SignalStage.modelName(saved, signal.peildatum()),
                ContributionEngines.modelTypeNl(saved.model().tribuoModel()), saved.model().description(),
                p.savedModel().calibration(), dates(split.train()), dates(split.validation()),
                cohort.peildata(), split.trainRows(),
                cohort.rows().length, capacityNl(capacity), cohort.selectedCount(), signal.peildatum(),
                signal.lists().listed(), signal.rows().length, evaluation(saved), features, seed, provenance);
    }

    /** What produced an audit: versions, the model, the seeds and the sha256 of every input file. */
    static TreeMap<String, String> provenance(SavedModel saved, FeatureMatrix m, long seed,
                                              Map<String, String> inputHashes) {
        TrainingProvenance p = saved.provenance();
        TreeMap<String, String> provenance = new TreeMap<>();
        provenance.put("vroegsignaalVersion", BuildInfo.version());
        provenance.put("model", saved.model().description());
        provenance.put("modelSha256", Hashing.sha256(saved.dir().resolve(SavedModel.MODEL)));
        provenance.put("modelSeed", Long.toString(p.seed()));
        provenance.put("modelConfigSha256", String.valueOf(p.configSha256()));
        provenance.put("auditSeed", Long.toString(seed));
        provenance.put("featureCatalogueVersion", m.catalogue().version());
        inputHashes.forEach((file, sha) -> provenance.put("sha256 " + file, sha));
        if (!m.catalogue().missingSources().isEmpty()) {
            provenance.put(MissingSources.PROVENANCE_KEY, String.join(", ", m.catalogue().missingSources()));
        }
        return provenance;
    }

    private static List<LocalDate> dates(List<String> dates) {
        List<LocalDate> out = new ArrayList<>();
        dates.forEach(d -> out.add(LocalDate.parse(d)));
        return out;
    }

    static String capacityNl(Capacity c) {
        if (c.count() != null) {
            return c.count() + " per jaar";
        }
        return BigDecimal.valueOf(c.share()).movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',')
                + "% van de populatie";
    }

    /** Headline figures of the saved model from its evaluation.json; figures it suppressed are left out. */
    static List<AuditFacts.Headline> evaluation(SavedModel saved) {
        Path file = saved.dir().resolve("evaluation.json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<AuditFacts.Headline> out = new ArrayList<>();
        EvaluationSummary.read(file).chosen().ifPresent(c -> {
            EvaluationSummary.AtCapacity k = c.atCapacity();
            headline(out, "precisie", "Precisie op de lijst (deel van de signalen dat terecht is)",
                    k == null ? null : k.precision());
            headline(out, "bereik", "Bereik van de lijst (deel van de uitvallers op de lijst)",
                    k == null ? null : k.recall());
            headline(out, "aucPr", "AUC-PR (hoe goed de hele rangorde is; hoger is beter)", c.aucPr());
            headline(out, "aucRoc", "AUC-ROC (0,5 is gokken, 1 is perfect)", c.aucRoc());
        });
        return out;
    }

    private static void headline(List<AuditFacts.Headline> out, String key, String nameNl,
                                 EvaluationSummary.Figure v) {
        if (v != null && v.complete()) {
            out.add(new AuditFacts.Headline(key, nameNl, v.value(), v.lower(), v.upper()));
        }
    }
}
