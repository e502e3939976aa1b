package nl.vroegsignaal.link;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Why an input path cannot be read as a contract file, said plainly: "missing" only when nothing is there. */
final class InputFiles {
    private InputFiles() {
    }

    /** Null when the path is a readable regular file, else what is wrong with it. */
    static String whyNotReadable(Path file) {
        if (Files.isRegularFile(file)) {
            return Files.isReadable(file) ? null : "could not be read: permission denied (check the file's permissions)";
        }
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            return "is a symbolic link to something that does not exist: expected a CSV file";
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "missing file: not found in the input folder";
        }
        if (Files.isDirectory(file)) {
            return "is a folder: expected a CSV file";
        }
        return "is not a regular file (a pipe, socket or device?): expected a CSV file";
    }
}
