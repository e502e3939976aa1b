package nl.vroegsignaal.link;

import java.nio.file.Path;

/** Reads the eight contract files of one input folder, validates every row, and links them on pseudonym. */
public final class Linker {
    private Linker() {
    }

    /**
     * @throws nl.vroegsignaal.core.InputException listing every violation found (up to a limit per file)
     */
    public static LinkedData read(Path inputDir) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
