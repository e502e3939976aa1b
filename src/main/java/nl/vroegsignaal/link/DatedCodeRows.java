package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;

/** diplomas.csv and verhuizingen.csv, which share a shape: pseudoniem, datum, a code. */
final class DatedCodeRows extends EventRows {
    private final CodeBytes codes;
    private final IntColumn code = new IntColumn();

    private DatedCodeRows(SourceFile source, CodeBytes codes, PersonIndex persons) {
        super(source, persons);
        this.codes = codes;
    }

    static DatedCodeRows diplomas(PersonIndex persons) {
        return new DatedCodeRows(SourceFile.DIPLOMAS, new CodeBytes(Diplomasoort.CODES), persons);
    }

    static DatedCodeRows moves(PersonIndex persons) {
        return new DatedCodeRows(SourceFile.VERHUIZINGEN, new CodeBytes(Verhuissoort.CODES), persons);
    }

    @Override
    public void row(FieldReader f) {
        int p = f.person(0, persons);
        int d = f.date(1);
        int c = f.code(2, codes);
        if (keep(f, p)) {
            person.add(p);
            date.add(d);
            code.add(c);
            knownOn(f, 1, d);
        }
    }

    @Override
    protected IntColumn[] columns() {
        return new IntColumn[] {code};
    }
}
