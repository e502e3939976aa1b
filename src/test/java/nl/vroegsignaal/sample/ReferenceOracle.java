package nl.vroegsignaal.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The world model's true probability recomputed from the CSV files alone, written from the equations in
 * src/site/world-model.md with its own copy of the coefficients. If the generator's probability used anything
 * the files do not show before the peildatum, this would disagree with the truth file.
 */
final class ReferenceOracle {
    private static final List<String> LEVELS = List.of("PRO", "VSO", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO",
            "VAVO", "MBO-1", "MBO-2", "MBO-3", "MBO-4");
    private static final double[] INTERCEPT = {-3.2, -3.2, -3.5, -3.7, -4.0, -4.4, -5.0, -3.4, -3.15, -3.95, -3.75, -3.95};
    /** Age effect for ages 12 .. 22 on P. */
    private static final double[] AGE = {-3.2, -3.2, -3.2, -2.6, -1.3, -0.2, 0.5, 0.7, 0.9, 1.1, 1.3};
    private static final LocalDate DRIFT = LocalDate.of(2024, 8, 1);

    record Enrolment(String brin, String soort, int leerjaar, LocalDate begin, LocalDate end) {
    }

    record Spell(String kind, LocalDate begin, LocalDate end, LocalDate registered) {
    }

    record Event(LocalDate date, String kind) {
    }

    private final Map<String, String[]> persons = new HashMap<>();
    private final Map<String, List<Enrolment>> enrolments = new HashMap<>();
    private final Map<String, List<Event>> absences = new HashMap<>();
    private final Map<String, List<Spell>> benefits = new HashMap<>();
    private final Map<String, List<Spell>> youthCare = new HashMap<>();
    private final Map<String, List<Spell>> debt = new HashMap<>();
    private final Map<String, List<Event>> moves = new HashMap<>();
    private final double directEffect;

    ReferenceOracle(Path dir, double directEffectBuitenEuropa) {
        this.directEffect = directEffectBuitenEuropa;
        for (String[] r : CsvTable.read(dir.resolve("personen.csv")).rows()) {
            persons.put(r[0], r);
        }
        for (String[] r : CsvTable.read(dir.resolve("inschrijvingen.csv")).rows()) {
            enrolments.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Enrolment(r[1], r[2],
                    Integer.parseInt(r[3]), LocalDate.parse(r[4]), date(r[5])));
        }
        enrolments.values().forEach(l -> l.sort(Comparator.comparing(Enrolment::begin)));
        for (String[] r : CsvTable.read(dir.resolve("verzuim.csv")).rows()) {
            absences.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Event(LocalDate.parse(r[1]), r[2]));
        }
        spells(dir.resolve("uitkeringen.csv"), benefits, true);
        spells(dir.resolve("jeugdhulp.csv"), youthCare, true);
        spells(dir.resolve("schuldhulp.csv"), debt, false);
        for (String[] r : CsvTable.read(dir.resolve("verhuizingen.csv")).rows()) {
            moves.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Event(LocalDate.parse(r[1]), r[2]));
        }
    }

    private static LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static void spells(Path file, Map<String, List<Spell>> into, boolean hasKind) {
        for (String[] r : CsvTable.read(file).rows()) {
            int o = hasKind ? 1 : 0;
            into.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new Spell(hasKind ? r[1] : "",
                    LocalDate.parse(r[1 + o]), date(r[2 + o]), LocalDate.parse(r[3 + o])));
        }
    }

    private static boolean runsOn(LocalDate begin, LocalDate end, LocalDate d) {
        return !begin.isAfter(d) && (end == null || !end.isBefore(d));
    }

    private static int rank(String soort) {
        switch (soort) {
            case "VMBO-BB": case "MBO-1": return 1;
            case "VMBO-KB": case "MBO-2": return 2;
            case "VMBO-GT": case "MBO-3": return 3;
            case "HAVO": case "MBO-4": return 4;
            case "VWO": return 5;
            default: return 0;
        }
    }

    private static String sector(String soort) {
        if (soort.startsWith("MBO")) {
            return "MBO";
        }
        return soort.equals("VAVO") || soort.equals("HO") ? soort : "VO";
    }

    double probability(String id, LocalDate p) {
        String[] person = persons.get(id);
        int age = LocalDate.parse(person[1] + "-01").until(p).getYears();
        List<Enrolment> rows = enrolments.getOrDefault(id, List.of());
        Enrolment now = null;
        for (Enrolment e : rows) {
            if (runsOn(e.begin(), e.end(), p) && !e.soort().equals("HO")
                    && (now == null || !e.begin().isBefore(now.begin()))) {
                now = e;
            }
        }
        String level = now.soort();
        double eta = INTERCEPT[LEVELS.indexOf(level)];
        eta += AGE[age - 12];
        if (level.startsWith("VMBO") && now.leerjaar() == 4) {
            eta += 0.60;
        }
        if ((level.equals("PRO") || level.equals("VSO")) && now.leerjaar() >= 4) {
            eta += 0.80;
        }
        if (level.startsWith("MBO") && now.leerjaar() == 1) {
            eta += 0.25;
        }

        int repeats = 0;
        int downs = 0;
        int switches = 0;
        boolean returner = false;
        LocalDate maxEnd = null;
        boolean open = false;
        Enrolment prev = null;
        for (Enrolment e : rows) {
            if (!e.begin().isBefore(p)) {
                break;
            }
            if (prev != null) {
                boolean firstOfAugust = e.begin().getMonthValue() == 8 && e.begin().getDayOfMonth() == 1;
                if (e.soort().equals(prev.soort()) && e.leerjaar() == prev.leerjaar() && firstOfAugust) {
                    repeats++;
                }
                boolean sameSector = sector(e.soort()).equals(sector(prev.soort()));
                if (sameSector && rank(e.soort()) < rank(prev.soort())) {
                    downs++;
                }
                if (sameSector && !e.brin().equals(prev.brin())) {
                    switches++;
                }
                if (!open && ChronoUnit.DAYS.between(maxEnd, e.begin()) > 60) {
                    returner = true;
                }
            }
            open |= e.end() == null;
            if (e.end() != null && (maxEnd == null || e.end().isAfter(maxEnd))) {
                maxEnd = e.end();
            }
            prev = e;
        }
        eta += 0.30 * Math.min(repeats, 3) + 0.30 * Math.min(downs, 2) + 0.20 * Math.min(switches, 3)
                + (returner ? 0.90 : 0);

        LocalDate yearAgo = p.minusYears(1);
        LocalDate july = LocalDate.of(p.getYear(), 7, 1);
        double ong12 = 0;
        double ong3 = 0;
        int signals = 0;
        boolean longTerm = false;
        boolean absolute = false;
        for (Event a : absences.getOrDefault(id, List.of())) {
            if (a.date().isBefore(yearAgo) || !a.date().isBefore(p)) {
                continue;
            }
            switch (a.kind()) {
                case "ongeoorloofd":
                    double w = a.date().isBefore(DRIFT) ? 1.0 : 0.55 / 0.80;
                    ong12 += w;
                    ong3 += a.date().isBefore(july) ? 0 : w;
                    break;
                case "langdurig":
                    longTerm = true;
                    break;
                case "signaalverzuim":
                    signals++;
                    break;
                case "absoluut":
                    absolute = true;
                    break;
                default:
                    break; // luxeverzuim is not in the outcome model
            }
        }
        eta += 0.30 * Math.min(ong12, 6.0) + 0.35 * Math.min(ong3, 3.0) + (longTerm ? 0.90 : 0)
                + 0.12 * Math.min(signals, 4) + (absolute ? 0.60 : 0);

        if (benefits.getOrDefault(id, List.of()).stream().anyMatch(s -> known(s, p) && runsOn(s.begin(), s.end(), p))) {
            eta += 0.45;
        }
        if (debt.getOrDefault(id, List.of()).stream().anyMatch(s -> known(s, p) && runsOn(s.begin(), s.end(), p))) {
            eta += 0.35;
        }
        LocalDate threeYearsAgo = p.minusYears(3);
        boolean care = false;
        boolean protection = false;
        boolean probation = false;
        for (Spell s : youthCare.getOrDefault(id, List.of())) {
            if (known(s, p) && (s.end() == null || !s.end().isBefore(threeYearsAgo))) {
                care |= s.kind().equals("zonder verblijf") || s.kind().equals("met verblijf");
                protection |= s.kind().equals("jeugdbescherming");
                probation |= s.kind().equals("jeugdreclassering");
            }
        }
        eta += (care ? 0.30 : 0) + (protection ? 0.55 : 0) + (probation ? 0.75 : 0);
        long recentMoves = moves.getOrDefault(id, List.of()).stream().filter(m -> !m.date().isBefore(threeYearsAgo)
                && m.date().isBefore(p) && (m.kind().equals("binnen gemeente") || m.kind().equals("vestiging"))).count();
        eta += 0.15 * Math.min(recentMoves, 3);
        if (person[3].equals("buiten Europa")) {
            eta += directEffect;
        }
        return 1 / (1 + Math.exp(-eta));
    }

    private static boolean known(Spell s, LocalDate p) {
        return s.registered().isBefore(p);
    }
}
