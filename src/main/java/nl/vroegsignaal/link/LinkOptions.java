package nl.vroegsignaal.link;

/**
 * How {@link Linker} reads an input folder.
 *
 * @param maxErrorsPerFile errors listed per file before the rest are summed up in one "... and N more" line
 * @param threads          files parsed at the same time; the result does not depend on it
 */
public record LinkOptions(int maxErrorsPerFile, int threads) {
    public static final int DEFAULT_MAX_ERRORS_PER_FILE = 50;

    public LinkOptions {
        if (maxErrorsPerFile < 1) {
            throw new IllegalArgumentException("maxErrorsPerFile must be at least 1, was " + maxErrorsPerFile);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** 50 errors per file; two reader threads at most (the target machines have two cores). */
    public static LinkOptions defaults() {
        return new LinkOptions(DEFAULT_MAX_ERRORS_PER_FILE, Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    public LinkOptions withThreads(int n) {
        return new LinkOptions(maxErrorsPerFile, n);
    }

    public LinkOptions withMaxErrorsPerFile(int n) {
        return new LinkOptions(n, threads);
    }
}
