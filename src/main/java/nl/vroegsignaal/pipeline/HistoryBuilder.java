package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.explain.SignalList;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.ContactLogFile;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.SavedModel;
import nl.vroegsignaal.report.ContactLogTemplate;
import nl.vroegsignaal.report.SignalFiles;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.sample.ContactSimulator;
import nl.vroegsignaal.sample.SampleGenerator;
import nl.vroegsignaal.sample.SampleOptions;
import nl.vroegsignaal.sample.TreatmentKnob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generated history for the follow-up, on a generated world: the lists a model would have written at past
 * peildata (one folder per peildatum, as {@code signal} writes them), each contact log filled in by
 * {@link ContactSimulator} with the given knobs. The world's origin of each person (which only the fairness audit
 * reads) decides who the contact-bias knob reaches less often.
 */
public final class HistoryBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryBuilder.class);

    private HistoryBuilder() {
    }

    /** Writes {@code history/<peildatum>/} for each peildatum; returns the folders. */
    public static List<Path> build(Path modelDir, Path inputDir, List<LocalDate> peildata,
                                   ContactSimulator.Knobs knobs, Path history) {
        return build(modelDir, inputDir, peildata, knobs, history, Optional.empty());
    }

    /**
     * As {@link #build(Path, Path, List, ContactSimulator.Knobs, Path)}, in a world where contact works: after each
     * year's list the world is generated again ({@code world} with the treatment knob holding everyone the team reached
     * so far, into {@code inputDir}), so that the next list, and at the end the newest input, see what contact did.
     * The records before each peildatum stay as they were, so the past lists are the ones this world would have had.
     *
     * @param world  the options {@code inputDir} was generated with (without the treatment knob)
     * @param effect the treatment knob: the share by which contact lowers the chance of leaving that year
     */
    public static List<Path> build(Path modelDir, Path inputDir, List<LocalDate> peildata,
                                   ContactSimulator.Knobs knobs, Path history, SampleOptions world, double effect) {
        return build(modelDir, inputDir, peildata, knobs, history, Optional.of(new Treated(world, effect)));
    }

    private record Treated(SampleOptions world, double effect) {
    }

    private static List<Path> build(Path modelDir, Path inputDir, List<LocalDate> peildata,
                                    ContactSimulator.Knobs knobs, Path history, Optional<Treated> treated) {
        SavedModel saved = SavedModel.load(modelDir);
        Map<String, Set<Integer>> contacted = new TreeMap<>();
        LinkedData linked = null;
        FeatureSet features = null;
        List<Path> out = new ArrayList<>();
        for (LocalDate p : peildata) {
            if (linked == null || (treated.isPresent() && !contacted.isEmpty())) {
                treated.filter(t -> !contacted.isEmpty()).ifPresent(t -> regenerate(t, contacted, inputDir));
                linked = Linker.read(inputDir, LinkSettings.forModel(saved.provenance()));
                features = FeatureBuilder.build(linked);
            }
            FeatureMatrix m = features.matrix();
            // past lists: what signal wrote then (the stop rule is today's check, not part of the past)
            SignalStage.Result r = SignalStage.compute(saved, features, linked.inputHashes(),
                    new SignalStage.Options(Optional.of(p), Optional.empty()), Optional.empty());
            Path dir = history.resolve(p.toString());
            SignalFiles.write(r.lists(), dir);
            Map<String, Integer> rowOf = new HashMap<>();
            for (int row : SignalExplainer.rowsAt(m, p)) {
                rowOf.put(m.pseudonym()[row], row);
            }
            for (SignalList list : r.lists().lists()) {
                if (!ContactLogTemplate.hasTemplate(list)) {
                    continue;
                }
                Map<String, ContactLogFile.Row> filled = new HashMap<>();
                for (Signal s : list.signals()) {
                    ContactSimulator.Contact c = ContactSimulator.contact(s.pseudonym(),
                            herkomst(features, rowOf.get(s.pseudonym())), p, knobs);
                    filled.put(s.pseudonym(), new ContactLogFile.Row(s.pseudonym(), s.rank(), c.firstContact(),
                            Optional.of(c.outcome())));
                    if (c.outcome().contacted()) {
                        contacted.computeIfAbsent(s.pseudonym(), k -> new TreeSet<>()).add(p.getYear());
                    }
                }
                ContactLogTemplate.writeFilled(list, filled, dir.resolve(ContactLogFile.fileName(list.key())));
            }
            LOG.info("history: lists and filled contact logs at {} in {}", p, dir);
            out.add(dir);
        }
        treated.filter(t -> !contacted.isEmpty()).ifPresent(t -> regenerate(t, contacted, inputDir));
        return out;
    }

    /** The world again, with everyone reached so far treated: the newest input knows what contact did. */
    private static void regenerate(Treated t, Map<String, Set<Integer>> contacted, Path inputDir) {
        SampleGenerator.generate(t.world().withTreatment(new TreatmentKnob(t.effect(), contacted)), inputDir);
    }

    private static Herkomst herkomst(FeatureSet features, int row) {
        return Herkomst.CODES.parse(features.audit().column(AuditAttributes.HERKOMST).value(row))
                .orElse(Herkomst.ONBEKEND);
    }
}
