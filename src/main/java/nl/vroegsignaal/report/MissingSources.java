package nl.vroegsignaal.report;

import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * What every report says when sources were missing (absent, as {@code link.optionalSources} allowed): in English
 * for data scientists, in plain Dutch for case workers and privacy officers. The one place these texts live.
 */
public final class MissingSources {
    /** The provenance key that names them, comma separated, wherever provenance is written. */
    public static final String PROVENANCE_KEY = "sourcesMissing";

    private MissingSources() {
    }

    /** For the evaluation's notes: which sources, and which features the model therefore never saw. */
    public static Optional<String> noteEn(FeatureCatalogue catalogue) {
        List<String> files = catalogue.missingSources();
        if (files.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Sources missing: " + String.join(", ", files) + " (absent, which the configuration "
                + "allows: link.optionalSources). The model was trained, validated and tested without their "
                + "features (" + String.join(", ", featuresOf(files)) + "); the necessity test cannot measure "
                + "what they would add, and they are never a reason on a signal list.");
    }

    /**
     * For the pages in Dutch: which files were missing and what that means for the model and its figures
     * ({@code ontbrekend.*} texts; the files named with {@code register.bestand.*}).
     */
    public static Optional<String> nl(List<String> files, Texts t) {
        if (files.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            named.append(i == 0 ? "" : i == files.size() - 1 ? " " + t.text("ontbrekend.en") + " " : ", ")
                    .append(files.get(i)).append(" (").append(RegisterEntry.fileNl(files.get(i), t)).append(')');
        }
        return Optional.of(files.size() == 1 ? t.text("ontbrekend.een", "bestand", named)
                : t.text("ontbrekend.meer", "bestanden", named));
    }

    /** The same, for the file names a provenance map records under {@link #PROVENANCE_KEY}. */
    public static Optional<String> nl(java.util.Map<String, String> provenance, Texts t) {
        return nl(files(provenance), t);
    }

    /** The file names a provenance map records under {@link #PROVENANCE_KEY}; empty when none was missing. */
    public static List<String> files(java.util.Map<String, String> provenance) {
        String v = provenance.get(PROVENANCE_KEY);
        return v == null || v.isBlank() ? List.of() : List.of(v.split(", "));
    }

    private static List<String> featuresOf(List<String> files) {
        return Catalogue.current().features().stream().filter(d -> files.contains(d.source()))
                .map(FeatureDefinition::name).toList();
    }
}
