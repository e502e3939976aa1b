package nl.vroegsignaal.link;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.core.InputError;

/** The errors of one input file: all are counted, the first {@code limit} are kept with their location. */
final class FileErrors {
    private final String file;
    private final int limit;
    private final List<InputError> listed = new ArrayList<>();
    private long count;

    FileErrors(String file, int limit) {
        this.file = file;
        this.limit = limit;
    }

    /** {@code line} 0 and {@code column} null when not applicable. */
    void add(long line, String column, String message) {
        count++;
        if (listed.size() < limit) {
            listed.add(new InputError(file, line, column, message));
        }
    }

    boolean any() {
        return count > 0;
    }

    long count() {
        return count;
    }

    /** The listed errors, followed by one line that counts the rest when there were more than the limit. */
    List<InputError> toList() {
        List<InputError> out = new ArrayList<>(listed);
        long more = count - listed.size();
        if (more > 0) {
            out.add(new InputError(file, 0, null, "... and " + more + " more error" + (more == 1 ? "" : "s")
                    + " (only the first " + limit + " are listed)"));
        }
        return out;
    }
}
