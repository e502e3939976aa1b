package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.SourceFile;

/**
 * Validated rows of one event file, linked to person indices and kept in int columns until they are added
 * to the builder. Parsing runs on a reader thread; {@link #addTo} runs later on the caller's thread, in a
 * fixed file order, so the result does not depend on threads.
 */
abstract class EventRows implements RowHandler {
    protected final PersonIndex persons;
    protected final IntColumn person = new IntColumn();
    private final SourceFile source;
    private long unknown;

    EventRows(SourceFile source, PersonIndex persons) {
        this.source = source;
        this.persons = persons;
    }

    SourceFile source() {
        return source;
    }

    /** Rows whose pseudonym is not in personen.csv: counted and left out, not an error. */
    long unknown() {
        return unknown;
    }

    /**
     * Whether to keep a row whose fields all passed: not when its person is unknown (then it is counted), and
     * not once the file has errors (nothing will be built; this saves memory).
     */
    protected final boolean keep(FieldReader f, int p) {
        if (f.rowFailed()) {
            return false;
        }
        if (p == FieldReader.UNKNOWN) {
            unknown++;
            return false;
        }
        return !f.errors().any();
    }

    final void addTo(LinkedDataBuilder builder) {
        for (int i = 0; i < person.size(); i++) {
            add(builder, i);
        }
        builder.countRows(source, person.size(), unknown);
    }

    /** Adds kept row i to the builder. */
    protected abstract void add(LinkedDataBuilder builder, int i);
}
