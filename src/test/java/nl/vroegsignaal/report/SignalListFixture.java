package nl.vroegsignaal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.explain.KnownPersons;
import nl.vroegsignaal.explain.PersonContext;
import nl.vroegsignaal.explain.Reason;
import nl.vroegsignaal.explain.Signal;
import nl.vroegsignaal.explain.SignalList;

/** A signal list built by hand, for the writers' tests: varied reasons, a text with a comma, a tiny risk. */
final class SignalListFixture {
    static final LocalDate P = LocalDate.of(2025, 10, 1);
    private static final String[][] TEXTS = {
        {"verzuim", "Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden"},
        {"schoolloopbaan", "Twee keer blijven zitten in de afgelopen 3 jaar"},
        {"uitkering", "Huishouden heeft een uitkering (14 maanden in de afgelopen 3 jaar)"},
        {"schoolloopbaan", "Eén keer van school gewisseld in de afgelopen 3 jaar, ook \"apart\""},
        {"jeugdhulp", "Krijgt jeugdhulp"},
        {"verhuizingen", "Twee keer verhuisd in de afgelopen 3 jaar"},
    };

    private SignalListFixture() {
    }

    static SignalList list(int k) {
        return list(k, KnownPersons.Placement.MARK);
    }

    /** Every seventh person is already in view; rows 4, 8, ... have no reason (a note instead). */
    static SignalList list(int k, KnownPersons.Placement placement) {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<Reason> reasons = new ArrayList<>();
            for (int j = 0; j < i % 4; j++) {
                String[] t = TEXTS[(i + j) % TEXTS.length];
                reasons.add(new Reason(t[0], t[1], 1.5 / (j + 1)));
            }
            double risk = i == k - 1 ? 0.004 : 0.6 - 0.5 * i / k;
            Signal.Note note = reasons.isEmpty() ? (i % 8 == 0 ? Signal.Note.NOTHING_SHOWN : Signal.Note.CONTEXT_ONLY)
                    : Signal.Note.NONE;
            Optional<String> known = i % 7 == 3 ? Optional.of("traject leerplicht") : Optional.empty();
            signals.add(new Signal(i + 1, String.format("PSEUDOl1I0O%05d", i), risk,
                    new PersonContext(12 + i % 6, "12AB", "VMBO-BB", 1 + i % 4), reasons, note, known));
        }
        return new SignalList("leerplicht", "Leerplicht (jonger dan 18 jaar)", P, k, 1500, "vsv-2025",
                "logistische regressie", 0.23, SignalList.PrecisionBasis.EVALUATION,
                List.of("inschrijvingen.csv", "personen.csv", "verzuim.csv"),
                List.of("leeftijd", "schoolloopbaan", "verzuim", "wijk"), List.of("jeugdreclassering", "schuldhulp"),
                "besluit privacy officer 12 maart", placement,
                Map.of("version", "0.1.0", "model.sha256", "ab".repeat(32), "seed", "42",
                        "input.verzuim.csv.sha256", "0123456789abcdef".repeat(4)),
                signals);
    }
}
