package nl.vroegsignaal.pipeline;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.model.TrainingProvenance;

/**
 * The {@code link:} section: how the input folder is read. Optional as a whole (absent: every file is needed).
 *
 * @param optionalSources sources whose file may be absent, by name (e.g. {@code schuldhulp}); only the
 *                        social-domain sources can be (see {@link SourceFile#mayBeAbsent}). An absent one's
 *                        features are left out and every report says so; a present one is read as always.
 */
public record LinkSettings(List<String> optionalSources) {

    void validate(String p, List<String> errors) {
        if (optionalSources == null) {
            errors.add(p + ".optionalSources: must be a list of source names (may be empty), got nothing");
            return;
        }
        String allowed = EnumSet.allOf(SourceFile.class).stream().filter(SourceFile::mayBeAbsent)
                .map(SourceFile::key).collect(Collectors.joining(", "));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < optionalSources.size(); i++) {
            String name = optionalSources.get(i);
            String at = p + ".optionalSources[" + i + "]";
            Optional<SourceFile> f = name == null ? Optional.empty() : SourceFile.byKey(name);
            if (f.isEmpty()) {
                errors.add(at + ": must be one of " + allowed + ", got " + (name == null ? "nothing" : "'" + name + "'"));
            } else if (!f.get().mayBeAbsent()) {
                errors.add(at + ": " + f.get().fileName() + " cannot be optional: the population, the label or "
                        + "today's practice (the absence rule) rests on it; only " + allowed + " can be");
            } else if (!seen.add(f.get().key())) {
                errors.add(at + ": '" + name + "' is listed twice");
            }
        }
    }

    /**
     * How the stages that use a saved model read their input: without the sources the model was trained without,
     * present or not (their features would not fit it, and it has no use for them); every other file is needed.
     */
    public static LinkOptions forModel(TrainingProvenance trained) {
        return LinkOptions.defaults().withNotRead(trained.missingSourceFiles());
    }

    /** The sources that may be absent; empty when the section is not given. */
    static Set<SourceFile> optional(LinkSettings settings) {
        Set<SourceFile> out = EnumSet.noneOf(SourceFile.class);
        if (settings != null && settings.optionalSources() != null) {
            settings.optionalSources().forEach(n -> SourceFile.byKey(n).ifPresent(out::add));
        }
        return out;
    }
}
