package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.InputError;
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
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.Capacity;
import nl.vroegsignaal.model.DataSplit;
import nl.vroegsignaal.model.OutOfTimeSplit;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.model.StratifiedSplit;
import nl.vroegsignaal.model.TrainSettings;
import nl.vroegsignaal.model.TrainingProvenance;
import nl.vroegsignaal.model.table.FlatTable;
import nl.vroegsignaal.model.table.FlatTableReader;
import nl.vroegsignaal.model.table.TableRecord;
import nl.vroegsignaal.report.AuditFacts;
import nl.vroegsignaal.report.AuditFiles;
import nl.vroegsignaal.report.ModelCard;
import nl.vroegsignaal.report.RegisterEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code audit --table}: the fairness audit of a model trained on a user's table ({@code train --table}), on the
 * test rows it was evaluated on: the later time values when the table has a time column, else the held-out rows
 * of the stratified split (the report says so). The table is read again as the model's provenance records it
 * ({@link TableRecord}), with the one reader; the protected columns' own values are the groups. Today's
 * practice (the absence rule) and the oracle exist only for the contract's data, so they are not compared.
 */
final class TableAudit {
    private static final Logger LOG = LoggerFactory.getLogger(TableAudit.class);

    private TableAudit() {
    }

    static List<Path> run(Path modelDir, Path tableFile, List<String> protectedColumns, AuditStage.Options options,
                          Path outDir) {
        SavedModel saved = SavedModel.load(modelDir);
        return AuditFiles.write(compute(saved, tableFile, protectedColumns, options).report(), outDir,
                options.texts());
    }

    /**
     * @param named the protected columns to audit for; empty means those the model was trained with
     */
    static AuditStage.Result compute(SavedModel saved, Path tableFile, List<String> named,
                                     AuditStage.Options options) {
        TrainingProvenance p = saved.provenance();
        String where = saved.dir() + "/" + SavedModel.PROVENANCE;
        TableRecord record = p.table();
        if (record == null) {
            throw new InputException(where + ": the model was not trained on a table (train --table): audit it with "
                    + "--input DIR, the contract's input folder");
        }
        List<String> audited = named.isEmpty() ? record.protectedColumns() : named;
        if (audited.isEmpty()) {
            throw new InputException(new InputError(tableFile.toString(), 1, null, "the model was trained without "
                    + "--protected: name the protected columns to audit with --protected COL[,COL...]"));
        }
        Set<String> used = saved.model().encoding().columns().stream().map(c -> c.name()).collect(Collectors.toSet());
        for (String c : audited) {
            if (used.contains(c)) {
                throw new InputException(new InputError(tableFile.toString(), 1, c, "is named by --protected, but "
                        + "the model uses it as a feature: a protected attribute must never enter the model. Train "
                        + "again with --protected " + c + ", then audit"));
            }
        }
        Set<String> kept = new LinkedHashSet<>(record.protectedColumns());
        kept.addAll(audited);
        FlatTable table = FlatTableReader.read(record.options(tableFile, List.copyOf(kept)));
        if (!table.sha256().equals(record.sha256())) {
            throw new InputException(new InputError(tableFile.toString(), 0, null, "is not the table the model was "
                    + "trained on (" + record.file() + ", sha256 " + record.sha256().substring(0, 12) + "): the "
                    + "audit needs the rows that table held out for the test"));
        }
        FeatureMatrix m = table.matrix();
        saved.model().encoding().checkMatches(m, tableFile.toString());

        long seed = options.seed() == AuditStage.Options.MODEL_SEED ? p.seed() : options.seed();
        int[] test = split(p, table).assign(m).test();
        if (test.length != p.split().testRows()) {
            throw new InputException(new InputError(tableFile.toString(), 0, null, "holds " + test.length + " test "
                    + "rows where the model was tested on " + p.split().testRows() + ": not read as at training"));
        }
        Capacity capacity = SignalStage.configuredCapacity(saved);
        AuditCohort cohort = AuditCohort.of(saved, m, List.of(), cohorts(m, test), capacity);
        AuditOptions auditOptions = AuditOptions.defaults(seed);
        AuditStage.requireEnoughOutcomes(cohort, auditOptions.minCell());
        AuditAttributes attributes = TableAttributes.of(table, audited).rows(cohort.rows());
        LOG.info("auditing {} held-out labelled rows of {} for {} ({} selected)", cohort.rows().length,
                record.file(), audited, cohort.selectedCount());
        FairnessAudit audit = FairnessAuditor.audit(new AuditInput(cohort.risk(), cohort.label(), cohort.selected(),
                attributes, Map.of()), auditOptions);
        ProxyReport proxies = ProxyCheck.run(AuditCohort.subset(m, cohort.rows()), attributes,
                ProxyOptions.defaults(seed));
        // no list is produced from a table: the list is the model's selection on the test rows
        ListComposition list = FairnessAuditor.listComposition(new ListInput(cohort.selected(), attributes),
                GroupBaseRates.from(audit), auditOptions);
        AuditFacts facts = facts(saved, m, table, options, seed, cohort, capacity);
        return new AuditStage.Result(facts, audit, list, proxies,
                ModelCard.build(facts, audit, list, proxies, options.texts(), java.util.Optional.empty()),
                RegisterEntry.build(facts, audit, proxies, options.texts(), java.util.Optional.empty()),
                java.util.Optional.empty());
    }

    /** The split the model was trained with, from its recorded configuration and seed. */
    private static DataSplit split(TrainingProvenance p, FlatTable table) {
        TrainSettings.Split s = p.splitSettings();
        if (table.hasTime()) {
            return OutOfTimeSplit.of(table.matrix(), s.validationCohorts(), s.testCohorts(), table.timeLabel());
        }
        return new StratifiedSplit(p.seed(), s.validationShare(), s.testShare());
    }

    /** The test rows per time value (one cohort without time), ascending, as lists are made per cohort. */
    private static List<int[]> cohorts(FeatureMatrix m, int[] test) {
        TreeMap<Integer, List<Integer>> byTime = new TreeMap<>();
        for (int r : test) {
            byTime.computeIfAbsent(m.peildatum()[r], k -> new ArrayList<>()).add(r);
        }
        return byTime.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static AuditFacts facts(SavedModel saved, FeatureMatrix m, FlatTable table, AuditStage.Options options,
                                    long seed, AuditCohort cohort, Capacity capacity) {
        TrainingProvenance p = saved.provenance();
        Set<String> used = saved.model().encoding().columns().stream().map(c -> c.name())
                .collect(Collectors.toSet());
        List<FeatureDefinition> features = m.catalogue().features().stream().filter(d -> used.contains(d.name()))
                .toList();
        TreeMap<String, String> provenance = AuditStage.provenance(saved, m, seed,
                Map.of(p.table().file(), table.sha256()));
        String heldOut = table.hasTime()
                ? "de rijen met " + p.table().time() + " " + String.join(", ", p.split().test()) + ", later dan de "
                + "rijen waarop het model leerde"
                : "de testrijen: een willekeurig deel van de tabel dat het model niet zag bij het leren. De tabel "
                + "heeft geen tijdkolom. Deze rijen komen dus uit dezelfde periode als de rijen waarop het model "
                + "leerde, en niet uit een later jaar. Op een later jaar werkt het model waarschijnlijk minder goed";
        return new AuditFacts(options.organisation(), SignalStage.modelName(saved, null),
                ContributionEngines.modelTypeNl(saved.model().tribuoModel()), saved.model().description(),
                p.savedModel().calibration(), List.of(), List.of(), List.of(), p.split().trainRows(),
                cohort.rows().length, AuditStage.capacityNl(capacity), cohort.selectedCount(), null,
                cohort.selectedCount(), cohort.rows().length, AuditStage.evaluation(saved), features, seed, provenance,
                heldOut);
    }
}
