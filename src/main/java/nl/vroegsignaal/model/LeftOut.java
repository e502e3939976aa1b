package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * A group of features the necessity test leaves out together: all features computed from one source (or from
 * all social-domain sources), found by the source each catalogue entry names.
 *
 * @param key      stable key for JSON, e.g. {@code uitkeringen}
 * @param nameNl   Dutch name for the pages, e.g. "uitkeringen van het huishouden"
 * @param features catalogue names of the features left out, in catalogue order
 */
public record LeftOut(String key, String nameNl, List<String> features) {
    public LeftOut {
        features = List.copyOf(features);
    }

    /** The key of the group of all social-domain sources together. */
    public static final String SOCIAL_DOMAIN = "sociaal-domein";

    /**
     * What the test leaves out, in this order: each social-domain source, moves, and the three social-domain
     * sources together; a source none of whose features the matrix holds is skipped.
     */
    public static List<LeftOut> of(FeatureMatrix matrix) {
        List<LeftOut> out = new ArrayList<>();
        add(out, matrix, "uitkeringen", "uitkeringen van het huishouden", Set.of(SourceFile.UITKERINGEN));
        add(out, matrix, "jeugdhulp", "jeugdhulp", Set.of(SourceFile.JEUGDHULP));
        add(out, matrix, "schuldhulp", "schuldhulp van het huishouden", Set.of(SourceFile.SCHULDHULP));
        add(out, matrix, "verhuizingen", "verhuizingen", Set.of(SourceFile.VERHUIZINGEN));
        // Named by the sources the data holds: with one missing (link.optionalSources) the group is the other two,
        // and with only one left it would repeat that source's own group.
        List<String> present = new ArrayList<>();
        List<String> named = List.of("uitkeringen", "jeugdhulp", "schuldhulp");
        for (LeftOut g : out) {
            if (named.contains(g.key())) {
                present.add(g.key());
            }
        }
        if (present.size() >= 2) {
            String nameNl = String.join(", ", present.subList(0, present.size() - 1)) + " en "
                    + present.get(present.size() - 1) + " samen";
            add(out, matrix, SOCIAL_DOMAIN, nameNl,
                    Set.of(SourceFile.UITKERINGEN, SourceFile.JEUGDHULP, SourceFile.SCHULDHULP));
        }
        return List.copyOf(out);
    }

    private static void add(List<LeftOut> out, FeatureMatrix m, String key, String nameNl, Set<SourceFile> files) {
        List<String> names = new ArrayList<>();
        for (FeatureDefinition d : m.catalogue().features()) {
            for (SourceFile f : files) {
                if (d.source().equals(f.fileName())) {
                    names.add(d.name());
                }
            }
        }
        if (!names.isEmpty()) {
            out.add(new LeftOut(key, nameNl, names));
        }
    }
}
