package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.SourceFile;

/**
 * Validated rows of one event file, linked to person indices and kept in int columns laid out as the builder
 * keeps them. Parsing runs on a reader thread; {@link #addTo} runs later on the caller's thread, in a fixed
 * file order, and hands the columns over without copying, so the result does not depend on threads.
 */
abstract class EventRows implements RowHandler {
    protected final PersonIndex persons;
    protected final IntColumn person = new IntColumn();
    /** The date the builder sorts on: the begin date of spells and enrolments, else the record's date. */
    protected final IntColumn date = new IntColumn();
    private final SourceFile source;
    private long unknown;
    private DatedPlace earliest;
    private DatedPlace latest;

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

    /** The source's other columns, in the layout of {@link LinkedDataBuilder#adopt}. */
    protected abstract IntColumn[] columns();

    /** Turns reader-side values into builder-side ones just before the hand-over (default: nothing to do). */
    protected void prepare(LinkedDataBuilder builder) {
    }

    @Override
    public void expectRows(int rows) {
        person.ensureCapacity(rows);
        date.ensureCapacity(rows);
        for (IntColumn c : columns()) {
            c.ensureCapacity(rows);
        }
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

    /** Notes the kept row's knowledge date (see {@link nl.vroegsignaal.features.Timeline}) with its place. */
    protected final void knownOn(FieldReader f, int column, int day) {
        if (earliest == null || day < earliest.day()) {
            earliest = new DatedPlace(source.fileName(), f.line(), source.columns().get(column), day);
        }
        if (latest == null || day > latest.day()) {
            latest = new DatedPlace(source.fileName(), f.line(), source.columns().get(column), day);
        }
    }

    /** The kept row with the earliest knowledge date, or null when no row was kept. */
    DatedPlace earliest() {
        return earliest;
    }

    DatedPlace latest() {
        return latest;
    }

    /** Hands the columns to the builder; this object must not be used afterwards. */
    final void addTo(LinkedDataBuilder builder) {
        prepare(builder);
        long linked = person.size();
        builder.adopt(source, person, date, columns());
        builder.countRows(source, linked, unknown);
    }
}
