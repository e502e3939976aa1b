package nl.vroegsignaal.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent, straightforward implementation of the data contract's population and label rules, reading
 * the CSV files with LocalDate and plain maps. Tests compare the generator's truth file and its rates with this.
 *
 * <p>Population at P: age 12..22 on P (born on the 1st of the birth month), an enrolment running on P
 * (begindatum <= P <= einddatum, empty = running) in anything but HO, no startkwalificatie diploma dated on or
 * before P, and the latest move on or before P not a vertrek/emigratie. Label for P + 1 year <= 2026-10-15:
 * censored if a vertrek/emigratie falls in (P, P+1y]; else 1 when no enrolment runs on P+1y and no
 * startkwalificatie was obtained in (P, P+1y], and 0 otherwise.
 */
final class ReferenceCohorts {
    static final LocalDate EXTRACTION = LocalDate.of(2026, 10, 15);
    static final Set<String> STARTKWALIFICATIE = Set.of("HAVO", "VWO", "MBO-2", "MBO-3", "MBO-4", "HO");

    /** One person in the population at one peildatum. label: 1, 0, or -1 when censored or not yet knowable. */
    record Member(String pseudonym, LocalDate peildatum, int age, String onderwijssoort, String geslacht,
                  String herkomst, boolean censored, int label) {
    }

    record Enrolment(String soort, LocalDate begin, LocalDate end) {
        boolean runsOn(LocalDate d) {
            return !begin.isAfter(d) && (end == null || !end.isBefore(d));
        }
    }

    record Dated(LocalDate date, String code) {
    }

    private final Map<String, String[]> persons = new LinkedHashMap<>();
    private final Map<String, List<Enrolment>> enrolments = new HashMap<>();
    private final Map<String, List<Dated>> diplomas = new HashMap<>();
    private final Map<String, List<Dated>> moves = new HashMap<>();

    ReferenceCohorts(Path dir) {
        CsvTable p = CsvTable.read(dir.resolve("personen.csv"));
        for (String[] r : p.rows()) {
            persons.put(r[0], r);
        }
        for (String[] r : CsvTable.read(dir.resolve("inschrijvingen.csv")).rows()) {
            enrolments.computeIfAbsent(r[0], k -> new ArrayList<>())
                    .add(new Enrolment(r[2], LocalDate.parse(r[4]), r[5].isEmpty() ? null : LocalDate.parse(r[5])));
        }
        for (String[] r : CsvTable.read(dir.resolve("diplomas.csv")).rows()) {
            diplomas.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Dated(LocalDate.parse(r[1]), r[2]));
        }
        for (String[] r : CsvTable.read(dir.resolve("verhuizingen.csv")).rows()) {
            moves.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Dated(LocalDate.parse(r[1]), r[2]));
        }
    }

    List<Member> members() {
        List<Member> out = new ArrayList<>();
        for (String[] person : persons.values()) {
            String id = person[0];
            LocalDate birth = LocalDate.parse(person[1] + "-01");
            for (int year = 2019; year <= 2026; year++) {
                LocalDate p = LocalDate.of(year, 10, 1);
                int age = birth.until(p).getYears();
                if (age < 12 || age > 22 || hasStartkwalificatieOnOrBefore(id, p) || !livesHere(id, p)) {
                    continue;
                }
                Enrolment running = null;
                for (Enrolment e : enrolments.getOrDefault(id, List.of())) {
                    if (e.runsOn(p) && !e.soort().equals("HO")
                            && (running == null || !e.begin().isBefore(running.begin()))) {
                        running = e;
                    }
                }
                if (running == null) {
                    continue;
                }
                LocalDate horizon = p.plusYears(1);
                boolean knowable = !horizon.isAfter(EXTRACTION);
                boolean censored = knowable && leavesWithin(id, p, horizon);
                int label = -1;
                if (knowable && !censored) {
                    boolean enrolled = enrolments.getOrDefault(id, List.of()).stream().anyMatch(e -> e.runsOn(horizon));
                    boolean sk = diplomas.getOrDefault(id, List.of()).stream().anyMatch(d ->
                            STARTKWALIFICATIE.contains(d.code()) && d.date().isAfter(p) && !d.date().isAfter(horizon));
                    label = enrolled || sk ? 0 : 1;
                }
                out.add(new Member(id, p, age, running.soort(), person[2], person[3], censored, label));
            }
        }
        return out;
    }

    private boolean hasStartkwalificatieOnOrBefore(String id, LocalDate p) {
        return diplomas.getOrDefault(id, List.of()).stream()
                .anyMatch(d -> STARTKWALIFICATIE.contains(d.code()) && !d.date().isAfter(p));
    }

    private boolean livesHere(String id, LocalDate p) {
        Dated last = null;
        for (Dated m : moves.getOrDefault(id, List.of())) {
            if (!m.date().isAfter(p) && (last == null || !m.date().isBefore(last.date()))) {
                last = m;
            }
        }
        return last == null || !(last.code().equals("vertrek") || last.code().equals("emigratie"));
    }

    private boolean leavesWithin(String id, LocalDate p, LocalDate horizon) {
        return moves.getOrDefault(id, List.of()).stream().anyMatch(m -> m.date().isAfter(p)
                && !m.date().isAfter(horizon) && (m.code().equals("vertrek") || m.code().equals("emigratie")));
    }
}
