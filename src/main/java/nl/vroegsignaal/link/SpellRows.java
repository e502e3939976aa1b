package nl.vroegsignaal.link;

import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;

/**
 * uitkeringen.csv, jeugdhulp.csv and schuldhulp.csv: pseudoniem, [a kind code,] begindatum, einddatum
 * (optional), registratiedatum. A registratiedatum before the begindatum is accepted: a planned trajectory
 * can be registered before it starts.
 */
final class SpellRows extends EventRows {
    private final CodeBytes kinds; // null for schuldhulp, which has no kind column
    private final int first; // index of begindatum
    private final IntColumn kind = new IntColumn();
    private final IntColumn end = new IntColumn();
    private final IntColumn registered = new IntColumn();

    private SpellRows(SourceFile source, CodeBytes kinds, PersonIndex persons) {
        super(source, persons);
        this.kinds = kinds;
        this.first = kinds == null ? 1 : 2;
    }

    static SpellRows benefits(PersonIndex persons) {
        return new SpellRows(SourceFile.UITKERINGEN, new CodeBytes(Regeling.CODES), persons);
    }

    static SpellRows youthCare(PersonIndex persons) {
        return new SpellRows(SourceFile.JEUGDHULP, new CodeBytes(Jeugdhulpsoort.CODES), persons);
    }

    static SpellRows debtSupport(PersonIndex persons) {
        return new SpellRows(SourceFile.SCHULDHULP, null, persons);
    }

    @Override
    public void row(FieldReader f) {
        int p = f.person(0, persons);
        int k = kinds == null ? 0 : f.code(1, kinds);
        int from = f.date(first);
        int to = f.endDate(first + 1);
        int reg = f.date(first + 2);
        if (from != FieldReader.INVALID && to != FieldReader.INVALID) {
            f.endNotBefore(first + 1, to, first, from);
        }
        if (keep(f, p)) {
            person.add(p);
            kind.add(k);
            date.add(from);
            end.add(to);
            registered.add(reg);
            knownOn(f, first + 2, reg);
        }
    }

    @Override
    protected IntColumn[] columns() {
        return new IntColumn[] {kind, end, registered};
    }
}
