package nl.vroegsignaal.link;

import java.util.HashMap;
import java.util.Map;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.SourceFile;

/** inschrijvingen.csv: pseudoniem, brin, onderwijssoort, leerjaar, begindatum, einddatum (optional). */
final class EnrolmentRows extends EventRows {
    private static final CodeBytes SOORT = new CodeBytes(Onderwijssoort.CODES);
    private static final Onderwijssoort[] SOORTEN = Onderwijssoort.values();

    private final IntColumn brin = new IntColumn();
    private final IntColumn soort = new IntColumn();
    private final IntColumn leerjaar = new IntColumn();
    private final IntColumn begin = new IntColumn();
    private final IntColumn end = new IntColumn();
    private final Map<Integer, String> brinCodes = new HashMap<>();

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
            begin.add(from);
            end.add(to);
        }
    }

    @Override
    protected void add(LinkedDataBuilder builder, int i) {
        builder.addEnrolmentOf(person.get(i), brinCode(brin.get(i)), SOORTEN[soort.get(i)], leerjaar.get(i),
                begin.get(i), end.get(i));
    }

    private String brinCode(int number) {
        return brinCodes.computeIfAbsent(number, FieldReader::brinCode);
    }
}
