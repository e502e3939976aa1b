package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.explain.RandomStream;

/**
 * {@code steekproef-<list>.json}, owner-only, beside a list whose places were partly drawn at random: the seed, the
 * share, the privacy officer's decision, and every person of the strip just below the cut-off with whether they were
 * drawn onto the list. The list itself does not say who was drawn; this file is for the follow-up (the effect of
 * contact, {@code followup}), not for the case workers.
 */
public final class RandomDrawJson {
    public static final int FORMAT_VERSION = 1;

    private RandomDrawJson() {
    }

    /** The file name beside a list, e.g. {@code steekproef-rmc.json}. */
    public static String fileName(String listKey) {
        return "steekproef-" + listKey + ".json";
    }

    public static void write(RandomStream.Draw draw, Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.PERSON_LEVEL, render(draw));
    }

    static String render(RandomStream.Draw d) {
        ObjectNode root = ReportJson.object();
        root.put("soort", "vroegsignaal-steekproef");
        root.put("formaatversie", FORMAT_VERSION);
        root.put("lijst", d.listKey());
        root.put("peildatum", d.peildatum().toString());
        root.put("zaad", Long.toString(d.seed()));
        root.put("aandeel", NlFormat.fixed(d.share(), 4));
        root.put("strook", NlFormat.fixed(d.pool(), 4));
        root.put("besluit", d.decision());
        root.put("capaciteit", d.capacity());
        root.put("getrokken", d.drawn());
        ArrayNode members = root.putArray("strookleden");
        for (RandomStream.Member m : d.members()) {
            ObjectNode o = members.addObject();
            o.put("strookrang", m.stripRank());
            o.put("pseudoniem", m.pseudonym());
            o.put("getrokken", m.drawn());
        }
        return ReportJson.render(root, "the random draw");
    }
}
