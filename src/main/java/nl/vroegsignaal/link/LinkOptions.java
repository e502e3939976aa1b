package nl.vroegsignaal.link;

import java.util.EnumSet;
import java.util.Set;
import nl.vroegsignaal.contract.SourceFile;

/**
 * How {@link Linker} reads an input folder.
 *
 * @param maxErrorsPerFile errors listed per file before the rest are summed up in one "... and N more" line
 * @param threads          files parsed at the same time; the result does not depend on it
 * @param optional         sources that may be absent (the configuration's {@code link.optionalSources}): an
 *                         absent one is left out instead of refused; a present one is read as always
 * @param notRead          sources never read, present or not: those a saved model was trained without, so that
 *                         its input is read the way it was trained (and nothing is read that it has no use for)
 */
public record LinkOptions(int maxErrorsPerFile, int threads, Set<SourceFile> optional, Set<SourceFile> notRead) {
    public static final int DEFAULT_MAX_ERRORS_PER_FILE = 50;

    public LinkOptions {
        if (maxErrorsPerFile < 1) {
            throw new IllegalArgumentException("maxErrorsPerFile must be at least 1, was " + maxErrorsPerFile);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        optional = copy(optional);
        notRead = copy(notRead);
        for (SourceFile f : union(optional, notRead)) {
            if (!f.mayBeAbsent()) {
                throw new IllegalArgumentException(f.fileName() + " cannot be left out: the contract needs it");
            }
        }
    }

    /** 50 errors per file; two reader threads at most (the target machines have two cores); every file needed. */
    public static LinkOptions defaults() {
        return new LinkOptions(DEFAULT_MAX_ERRORS_PER_FILE, Math.min(2, Runtime.getRuntime().availableProcessors()),
                Set.of(), Set.of());
    }

    public LinkOptions withThreads(int n) {
        return new LinkOptions(maxErrorsPerFile, n, optional, notRead);
    }

    public LinkOptions withMaxErrorsPerFile(int n) {
        return new LinkOptions(n, threads, optional, notRead);
    }

    public LinkOptions withOptional(Set<SourceFile> sources) {
        return new LinkOptions(maxErrorsPerFile, threads, sources, notRead);
    }

    public LinkOptions withNotRead(Set<SourceFile> sources) {
        return new LinkOptions(maxErrorsPerFile, threads, optional, sources);
    }

    private static Set<SourceFile> copy(Set<SourceFile> s) {
        return s == null || s.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(s));
    }

    private static Set<SourceFile> union(Set<SourceFile> a, Set<SourceFile> b) {
        Set<SourceFile> u = EnumSet.noneOf(SourceFile.class);
        u.addAll(a);
        u.addAll(b);
        return u;
    }
}
