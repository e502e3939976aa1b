package nl.vroegsignaal.link;

import java.util.HashMap;
import java.util.Map;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.SourceFile;

/** inschrijvingen.csv: pseudoniem, brin, onderwijssoort, leerjaar, begindatum, einddatum (optional). */
final class EnrolmentRows extends EventRows {
    private static final CodeBytes SOORT = new CodeBytes(Onderwijssoort.CODES);

    private final IntColumn brin = new IntColumn();
    private final IntColumn soort = new IntColumn();
    private final IntColumn leerjaar = new IntColumn();
    private final IntColumn end = new IntColumn();

    EnrolmentRows(PersonIndex persons) {
        super(SourceFile.INSCHRIJVINGEN, persons);
    }

    @Override
    public void row(FieldReader f) {
        int p = f.person(0, persons);
        int b = f.brin(1);
        int s = f.code(2, SOORT);
        int l = f.leerjaar(3);
        int from = f.date(4);
        int to = f.endDate(5);
        if (from != FieldReader.INVALID && to != FieldReader.INVALID) {
            f.endNotBefore(5, to, 4, from);
        }
        if (keep(f, p)) {
            person.add(p);
            brin.add(b);
            soort.add(s);
            leerjaar.add(l);
            date.add(from);
            end.add(to);
            knownOn(f, 4, from);
        }
    }

    @Override
    protected IntColumn[] columns() {
        return new IntColumn[] {brin, soort, leerjaar, end};
    }

    /** BRIN numbers (base 36) become indices into the builder's BRIN list. */
    @Override
    protected void prepare(LinkedDataBuilder builder) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < brin.size(); i++) {
            brin.set(i, index.computeIfAbsent(brin.get(i), v -> builder.brinIndex(FieldReader.brinCode(v))));
        }
    }
}
