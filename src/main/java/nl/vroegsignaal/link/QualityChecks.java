package nl.vroegsignaal.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * The per-source measures of {@link DataQuality}, each one pass over a linked table. Tables are grouped by person
 * and sorted by date, so duplicates sit among the rows of one person and one date, and overlaps are found by
 * keeping the latest end seen so far.
 */
final class QualityChecks {
    /** An overlap longer than this is more than the switch of school the contract allows for. */
    private static final int SWITCH_DAYS = 31;

    private QualityChecks() {
    }

    static DataQuality.Source source(LinkedData d, SourceFile f, SchoolYears years) {
        return switch (f) {
            case PERSONEN -> persons(d);
            case INSCHRIJVINGEN -> enrolments(d.enrolments(), years);
            case DIPLOMAS -> events(f, d.diplomas().offsets(), d.diplomas().date(), d.diplomas().soort(), null,
                    "diplomasoort", Diplomasoort.values(), years);
            case VERZUIM -> events(f, d.absences().offsets(), d.absences().date(), d.absences().soort(),
                    d.absences().hours(), "verzuimsoort", Verzuimsoort.values(), years);
            case UITKERINGEN -> spells(f, d.benefits(), "regeling", Regeling.values(), years);
            case JEUGDHULP -> spells(f, d.youthCare(), "jeugdhulpsoort", Jeugdhulpsoort.values(), years);
            case SCHULDHULP -> spells(f, d.debtSupport(), null, null, years);
            case VERHUIZINGEN -> events(f, d.moves().offsets(), d.moves().date(), d.moves().kind(), null,
                    "verhuissoort", Verhuissoort.values(), years);
        };
    }

    private static DataQuality.Source persons(LinkedData d) {
        int n = d.persons().size();
        long knownSex = 0;
        long knownOrigin = 0;
        for (int p = 0; p < n; p++) {
            knownSex += d.protectedAttributes().geslacht()[p] != Geslacht.ONBEKEND.ordinal() ? 1 : 0;
            knownOrigin += d.protectedAttributes().herkomst()[p] != Herkomst.ONBEKEND.ordinal() ? 1 : 0;
        }
        List<DataQuality.Column> columns = new ArrayList<>();
        for (String c : SourceFile.PERSONEN.columns()) {
            long filled = c.equals("geslacht") ? knownSex : c.equals("herkomst") ? knownOrigin : n;
            columns.add(new DataQuality.Column(c, filled, n, c.equals("geslacht") || c.equals("herkomst")));
        }
        // pseudonyms are unique by validation (a repeated one refuses the input)
        return new DataQuality.Source(SourceFile.PERSONEN, n, columns, 0, null, null, n, List.of(), List.of());
    }

    private static DataQuality.Source enrolments(Enrolments e, SchoolYears years) {
        int[] o = e.offsets();
        Counts c = new Counts();
        Volume volume = new Volume(years, "onderwijssoort", Onderwijssoort.values());
        for (int p = 0; p + 1 < o.length; p++) {
            c.persons += o[p + 1] > o[p] ? 1 : 0;
            int latestEnd = Integer.MIN_VALUE;
            for (int r = o[p]; r < o[p + 1]; r++) {
                c.open += e.end()[r] == Dates.OPEN ? 1 : 0;
                volume.add(e.begin()[r], e.soort()[r]);
                for (int q = r - 1; q >= o[p] && e.begin()[q] == e.begin()[r]; q--) {
                    if (e.brin()[q] == e.brin()[r] && e.soort()[q] == e.soort()[r] && e.leerjaar()[q] == e.leerjaar()[r]
                            && e.end()[q] == e.end()[r]) {
                        c.duplicates++;
                        break;
                    }
                }
                c.interval(e.begin()[r], e.end()[r], latestEnd);
                latestEnd = Math.max(latestEnd, e.end()[r]);
            }
        }
        int rows = e.size();
        return new DataQuality.Source(SourceFile.INSCHRIJVINGEN, rows, complete(SourceFile.INSCHRIJVINGEN, rows,
                "einddatum", rows - c.open), c.duplicates, c.overlapping, c.overlappingLong, c.persons, List.of(),
                volume.series());
    }

    /** Diplomas, absences and moves: a date, a code and (absences) an optional number of hours. */
    private static DataQuality.Source events(SourceFile f, int[] o, int[] date, byte[] code, int[] hours,
                                             String codeColumn, Code[] codes, SchoolYears years) {
        long duplicates = 0;
        long withHours = 0;
        long persons = 0;
        Volume volume = new Volume(years, codeColumn, codes);
        for (int p = 0; p + 1 < o.length; p++) {
            persons += o[p + 1] > o[p] ? 1 : 0;
            for (int r = o[p]; r < o[p + 1]; r++) {
                volume.add(date[r], code[r]);
                withHours += hours != null && hours[r] != Absences.NO_HOURS ? 1 : 0;
                for (int q = r - 1; q >= o[p] && date[q] == date[r]; q--) {
                    if (code[q] == code[r] && (hours == null || hours[q] == hours[r])) {
                        duplicates++;
                        break;
                    }
                }
            }
        }
        long rows = date.length;
        List<DataQuality.Column> columns = hours == null ? complete(f, rows, null, 0)
                : complete(f, rows, "uren", withHours);
        return new DataQuality.Source(f, rows, columns, duplicates, null, null, persons, List.of(), volume.series());
    }

    private static DataQuality.Source spells(SourceFile f, Spells s, String codeColumn, Code[] codes,
                                             SchoolYears years) {
        int[] o = s.offsets();
        Counts c = new Counts();
        Volume volume = new Volume(years, codeColumn, codes);
        int[][] lags = new int[years.count()][];
        int[] lagCount = new int[years.count()];
        long[] beforeBegin = new long[years.count()];
        int[] latestEnd = new int[Byte.MAX_VALUE + 1];
        for (int p = 0; p + 1 < o.length; p++) {
            c.persons += o[p + 1] > o[p] ? 1 : 0;
            Arrays.fill(latestEnd, Integer.MIN_VALUE);
            for (int r = o[p]; r < o[p + 1]; r++) {
                int k = s.kind()[r];
                c.open += s.end()[r] == Dates.OPEN ? 1 : 0;
                volume.add(s.registered()[r], s.kind()[r]);
                for (int q = r - 1; q >= o[p] && s.begin()[q] == s.begin()[r]; q--) {
                    if (s.kind()[q] == k && s.end()[q] == s.end()[r] && s.registered()[q] == s.registered()[r]) {
                        c.duplicates++;
                        break;
                    }
                }
                c.interval(s.begin()[r], s.end()[r], latestEnd[k]);
                latestEnd[k] = Math.max(latestEnd[k], s.end()[r]);
                int y = years.index(s.begin()[r]);
                if (y >= 0) {
                    if (lags[y] == null) {
                        lags[y] = new int[16];
                    } else if (lagCount[y] == lags[y].length) {
                        lags[y] = Arrays.copyOf(lags[y], lags[y].length * 2);
                    }
                    int lag = s.registered()[r] - s.begin()[r];
                    lags[y][lagCount[y]++] = lag;
                    beforeBegin[y] += lag < 0 ? 1 : 0;
                }
            }
        }
        List<DataQuality.Lag> lagRows = new ArrayList<>();
        for (int y = 0; y < years.count(); y++) {
            int[] v = lags[y] == null ? new int[0] : Arrays.copyOf(lags[y], lagCount[y]);
            Arrays.sort(v);
            lagRows.add(new DataQuality.Lag(years.name(y), v.length, rank(v, 0.10), rank(v, 0.50), rank(v, 0.90),
                    beforeBegin[y]));
        }
        int rows = s.size();
        return new DataQuality.Source(f, rows, complete(f, rows, "einddatum", rows - c.open), c.duplicates,
                c.overlapping, c.overlappingLong, c.persons, List.copyOf(lagRows), volume.series());
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none (the report hides those). */
    private static int rank(int[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** Every column complete (validation refuses an empty required field) except the optional one named. */
    private static List<DataQuality.Column> complete(SourceFile f, long rows, String optional, long filled) {
        List<DataQuality.Column> out = new ArrayList<>();
        for (String c : f.columns()) {
            out.add(new DataQuality.Column(c, c.equals(optional) ? filled : rows, rows, false));
        }
        return List.copyOf(out);
    }

    /** Rows that contradict another source (or the same source's own order of events). */
    static List<DataQuality.Check> consistency(LinkedData d) {
        List<DataQuality.Check> out = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) {
            if (f != SourceFile.PERSONEN && !d.missingSources().contains(f)) {
                SourceCounts c = d.counts().getOrDefault(f, new SourceCounts(0, 0, 0));
                out.add(new DataQuality.Check(f, "pseudonym not in personen.csv (left out)", c.unknownPerson()));
            }
        }
        out.add(new DataQuality.Check(SourceFile.VERHUIZINGEN, "a move within or out of the municipality after a "
                + "departure, without a vestiging in between", movesAfterDeparture(d.moves())));
        out.add(new DataQuality.Check(SourceFile.VERZUIM, "an absence report on a day without a running enrolment",
                absenceOutsideEnrolment(d)));
        return List.copyOf(out);
    }

    private static long movesAfterDeparture(Moves m) {
        long rows = 0;
        int[] o = m.offsets();
        for (int p = 0; p + 1 < o.length; p++) {
            boolean away = false;
            for (int r = o[p]; r < o[p + 1]; r++) {
                Verhuissoort kind = Verhuissoort.values()[m.kind()[r]];
                if (away && kind != Verhuissoort.VESTIGING) {
                    rows++;
                }
                away = kind.leavesMunicipality() || away && kind != Verhuissoort.VESTIGING;
            }
        }
        return rows;
    }

    private static long absenceOutsideEnrolment(LinkedData d) {
        Absences a = d.absences();
        Enrolments e = d.enrolments();
        long rows = 0;
        for (int p = 0; p + 1 < a.offsets().length; p++) {
            for (int r = a.offsets()[p]; r < a.offsets()[p + 1]; r++) {
                boolean enrolled = false;
                for (int q = e.offsets()[p]; q < e.offsets()[p + 1] && e.begin()[q] <= a.date()[r] && !enrolled; q++) {
                    enrolled = e.end()[q] >= a.date()[r];
                }
                rows += enrolled ? 0 : 1;
            }
        }
        return rows;
    }

    /** What the interval files (enrolments, spells) count while their rows pass. */
    private static final class Counts {
        long duplicates;
        long overlapping;
        long overlappingLong;
        long open;
        long persons;

        /** A row beginning on or before the latest end seen so far overlaps (ends are inclusive). */
        void interval(int begin, int end, int latestEnd) {
            if (begin <= latestEnd) {
                overlapping++;
                long days = (long) Math.min(latestEnd, end) - begin + 1;
                overlappingLong += days > SWITCH_DAYS ? 1 : 0;
            }
        }
    }

    /** Rows per school year, in all and per code. */
    private static final class Volume {
        private final SchoolYears years;
        private final String column;
        private final Code[] codes;
        private final long[] all;
        private final long[][] perCode;

        Volume(SchoolYears years, String column, Code[] codes) {
            this.years = years;
            this.column = column;
            this.codes = codes;
            this.all = new long[years.count()];
            this.perCode = new long[codes == null ? 0 : codes.length][years.count()];
        }

        void add(int day, int code) {
            int y = years.index(day);
            if (y >= 0) {
                all[y]++;
                if (codes != null) {
                    perCode[code][y]++;
                }
            }
        }

        List<VolumeTrend.Series> series() {
            List<VolumeTrend.Series> out = new ArrayList<>();
            out.add(new VolumeTrend.Series(null, null, Arrays.stream(all).boxed().toList()));
            for (int c = 0; c < perCode.length; c++) {
                out.add(new VolumeTrend.Series(column, codes[c].code(), Arrays.stream(perCode[c]).boxed().toList()));
            }
            return List.copyOf(out);
        }
    }
}
