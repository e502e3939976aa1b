package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verzuimsoort;

/** verzuim.csv: pseudoniem, meldingsdatum, verzuimsoort, uren (optional). */
final class AbsenceRows extends EventRows {
    private static final CodeBytes SOORT = new CodeBytes(Verzuimsoort.CODES);

    private final IntColumn soort = new IntColumn();
    private final IntColumn hours = new IntColumn();

    AbsenceRows(PersonIndex persons) {
        super(SourceFile.VERZUIM, persons);
    }

    @Override
    public void row(FieldReader f) {
        int p = f.person(0, persons);
        int d = f.date(1);
        int s = f.code(2, SOORT);
        int h = f.hours(3);
        if (keep(f, p)) {
            person.add(p);
            date.add(d);
            soort.add(s);
            hours.add(h);
            knownOn(f, 1, d);
        }
    }

    @Override
    protected IntColumn[] columns() {
        return new IntColumn[] {soort, hours};
    }
}
