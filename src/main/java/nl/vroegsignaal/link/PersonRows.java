package nl.vroegsignaal.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * personen.csv: one row per person. Fills the {@link PersonIndex} that the event files link against, and
 * refuses a pseudonym that appears twice. Columns: pseudoniem, geboortemaand, geslacht, herkomst, wijk.
 */
final class PersonRows implements RowHandler {
    private static final CodeBytes GESLACHT = new CodeBytes(Geslacht.CODES);
    private static final CodeBytes HERKOMST = new CodeBytes(Herkomst.CODES);
    private static final Geslacht[] G = Geslacht.values();
    private static final Herkomst[] H = Herkomst.values();

    private final PersonIndex index = new PersonIndex();
    private final IntColumn lineOf = new IntColumn();
    // Per person index; only complete while the file has no errors (then nothing is built anyway).
    private final List<String> pseudonyms = new ArrayList<>();
    private final IntColumn birthMonth = new IntColumn();
    private final IntColumn geslacht = new IntColumn();
    private final IntColumn herkomst = new IntColumn();
    private final List<String> wijk = new ArrayList<>();
    private final Map<Integer, String> wijkCodes = new HashMap<>();

    @Override
    public void row(FieldReader f) {
        boolean pseudonymOk = f.pseudonym(0);
        int month = f.month(1);
        int g = f.code(2, GESLACHT);
        int h = f.code(3, HERKOMST);
        int w = f.wijk(4);
        if (pseudonymOk) {
            int p = index.add(f.bytes(), f.start(0), f.end(0));
            if (p < 0) {
                f.error(0, "duplicate person: the same pseudonym is already on line " + lineOf.get(-p - 1));
            } else {
                lineOf.add((int) Math.min(Integer.MAX_VALUE, f.line()));
            }
        }
        if (f.rowFailed() || f.errors().any()) {
            return;
        }
        pseudonyms.add(new String(f.bytes(), f.start(0), f.end(0) - f.start(0), StandardCharsets.ISO_8859_1));
        birthMonth.add(month);
        geslacht.add(g);
        herkomst.add(h);
        wijk.add(wijkCodes.computeIfAbsent(w, v -> String.format(java.util.Locale.ROOT, "WK%06d", v)));
    }

    @Override
    public void finish(FileErrors errors, long rows) {
        if (rows == 0) {
            errors.add(0, null, "no persons: the file has a header but no rows");
        }
    }

    PersonIndex index() {
        return index;
    }

    void addTo(LinkedDataBuilder builder) {
        for (int i = 0; i < pseudonyms.size(); i++) {
            int m = birthMonth.get(i);
            builder.addPerson(pseudonyms.get(i), Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1,
                    G[geslacht.get(i)], H[herkomst.get(i)], wijk.get(i));
        }
        if (builder.personCount() != index.size()) {
            throw new IllegalStateException("person index and builder disagree: " + index.size() + " vs "
                    + builder.personCount());
        }
    }
}
