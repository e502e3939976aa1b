package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.vroegsignaal.sample.ContactSimulator;
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
        SavedModel saved = SavedModel.load(modelDir);
        LinkedData linked = Linker.read(inputDir, LinkSettings.forModel(saved.provenance()));
        FeatureSet features = FeatureBuilder.build(linked);
        FeatureMatrix m = features.matrix();
        List<Path> out = new ArrayList<>();
        for (LocalDate p : peildata) {
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
                list.signals().forEach(s -> {
                    ContactSimulator.Contact c = ContactSimulator.contact(s.pseudonym(),
                            herkomst(features, rowOf.get(s.pseudonym())), p, knobs);
                    filled.put(s.pseudonym(), new ContactLogFile.Row(s.pseudonym(), s.rank(), c.firstContact(),
                            Optional.of(c.outcome())));
                });
                ContactLogTemplate.writeFilled(list, filled, dir.resolve(ContactLogFile.fileName(list.key())));
            }
            LOG.info("history: lists and filled contact logs at {} in {}", p, dir);
            out.add(dir);
        }
        return out;
    }

    private static Herkomst herkomst(FeatureSet features, int row) {
        return Herkomst.CODES.parse(features.audit().column(AuditAttributes.HERKOMST).value(row))
                .orElse(Herkomst.ONBEKEND);
    }
}
