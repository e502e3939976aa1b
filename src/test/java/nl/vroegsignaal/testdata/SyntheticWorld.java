package nl.vroegsignaal.testdata;

import java.time.LocalDate;
import java.util.SplittableRandom;
import nl.vroegsignaal.contract.SourceFile;

/**
 * A small deterministic world in the contract's format for tests and benchmarks of the link stage: school
 * careers with repeats, downward moves, switches, drop-outs and diplomas; absence; household benefits, debt
 * support, youth care; moves in and out. Rough, not calibrated: the project's generator ({@code sample}) is
 * the realistic one. All knowledge dates lie before {@link #EXTRACTION}.
 */
public final class SyntheticWorld {
    public static final LocalDate EXTRACTION = LocalDate.of(2026, 10, 15);
    private static final int FIRST_YEAR = 2016;
    private static final int LAST_YEAR = 2026;
    private static final String[] VO = {"PRO", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO"};
    private static final int[] VO_YEARS = {4, 4, 4, 4, 5, 6};
    private static final String[] VO_DIPLOMA = {"", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO"};
    private static final String[] VERZUIM = {"ongeoorloofd", "langdurig", "luxeverzuim", "signaalverzuim", "absoluut"};
    private static final String[] REGELING = {"participatiewet", "ioaw", "ioaz", "bbz"};
    private static final String[] JEUGDHULP = {"zonder verblijf", "met verblijf", "jeugdbescherming", "jeugdreclassering"};

    /** Receives rows spelled as in the CSV files. */
    public interface RowSink {
        void row(SourceFile file, String... values);
    }

    private SyntheticWorld() {
    }

    public static ContractRecords records(int persons, long seed) {
        ContractRecords r = new ContractRecords();
        generate(persons, seed, r::add);
        return r;
    }

    public static String pseudonym(int i) {
        return String.format("ps%07d", i);
    }

    public static void generate(int persons, long seed, RowSink sink) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < persons; i++) {
            person(pseudonym(i), rnd.split(), sink);
        }
    }

    private static void person(String id, SplittableRandom rnd, RowSink sink) {
        int birthYear = 1998 + rnd.nextInt(15);
        double risk = rnd.nextDouble();
        sink.row(SourceFile.PERSONEN, id, String.format("%d-%02d", birthYear, 1 + rnd.nextInt(12)),
                pick(rnd, "M", "V", "V", "M", "X", "onbekend"), pick(rnd, "Nederland", "Nederland", "Europa", "buiten Europa",
                        "onbekend"), String.format("WK0363%02d", rnd.nextInt(12)));
        LocalDate leaves = rnd.nextDouble() < 0.06 ? day(rnd, FIRST_YEAR, LAST_YEAR) : null;
        if (leaves != null) {
            sink.row(SourceFile.VERHUIZINGEN, id, leaves.toString(), pick(rnd, "vertrek", "vertrek", "emigratie"));
        }
        if (rnd.nextDouble() < 0.3) {
            LocalDate move = day(rnd, FIRST_YEAR - 2, LAST_YEAR);
            sink.row(SourceFile.VERHUIZINGEN, id, move.toString(), pick(rnd, "binnen gemeente", "binnen gemeente", "vestiging"));
        }
        career(id, birthYear, risk, leaves, rnd, sink);
        social(id, risk, rnd, sink);
    }

    private static void career(String id, int birthYear, double risk, LocalDate leaves, SplittableRandom rnd,
                               RowSink sink) {
        int level = Math.min(5, (int) ((1 - risk * 0.6) * 6 * rnd.nextDouble()));
        String brin = brin(rnd);
        int leerjaar = 1;
        boolean mbo = false;
        int startYear = birthYear + 12;
        for (int y = startYear; y <= LAST_YEAR; y++) {
            LocalDate begin = LocalDate.of(y, 8, 1);
            if (leaves != null && !begin.isBefore(leaves)) {
                return;
            }
            if (y < FIRST_YEAR) {
                leerjaar++;
                continue;
            }
            String soort = mbo ? "MBO-" + (level + 1) : VO[level];
            boolean drop = rnd.nextDouble() < risk * (mbo ? 0.12 : 0.03) + (y - birthYear >= 18 ? 0.02 : 0);
            LocalDate end = y == LAST_YEAR ? null : LocalDate.of(y + 1, 7, 31);
            if (drop) {
                end = begin.plusDays(30 + rnd.nextInt(300));
            }
            sink.row(SourceFile.INSCHRIJVINGEN, id, brin, soort, Integer.toString(Math.min(6, leerjaar)), begin.toString(),
                    end == null || !end.isBefore(EXTRACTION) ? "" : end.toString());
            absences(id, risk, begin, rnd, sink);
            if (drop) {
                if (rnd.nextDouble() < 0.5) {
                    return;
                }
                y++; // a year out, then back at another school
                brin = brin(rnd);
                continue;
            }
            double p = rnd.nextDouble();
            if (p < risk * 0.15) {
                continue; // repeats the year
            }
            if (!mbo && p < risk * 0.25 && level > 1) {
                level--; // steps down
            } else if (p > 0.97) {
                brin = brin(rnd);
            }
            leerjaar++;
            int years = mbo ? 2 + level / 2 : VO_YEARS[level];
            if (leerjaar > years) {
                LocalDate diploma = LocalDate.of(y + 1, 7, 1);
                if (diploma.isBefore(EXTRACTION) && level > 0) {
                    sink.row(SourceFile.DIPLOMAS, id, diploma.toString(), mbo ? "MBO-" + (level + 1) : VO_DIPLOMA[level]);
                }
                if (mbo || level >= 4) {
                    if (rnd.nextDouble() < 0.7 && y + 1 <= LAST_YEAR) {
                        sink.row(SourceFile.INSCHRIJVINGEN, id, "09HO", "HO", "1", LocalDate.of(y + 1, 9, 1).toString(), "");
                    }
                    return;
                }
                mbo = true;
                level = Math.min(3, level);
                leerjaar = 1;
                brin = brin(rnd);
            }
        }
    }

    private static void absences(String id, double risk, LocalDate schoolYear, SplittableRandom rnd, RowSink sink) {
        int n = (int) (rnd.nextDouble() * risk * 5);
        for (int k = 0; k < n; k++) {
            LocalDate d = schoolYear.plusDays(rnd.nextInt(365));
            if (d.isBefore(EXTRACTION)) {
                String uren = rnd.nextDouble() < 0.2 ? "" : Integer.toString(4 + rnd.nextInt(40));
                sink.row(SourceFile.VERZUIM, id, d.toString(), VERZUIM[rnd.nextDouble() < 0.6 ? 0 : rnd.nextInt(5)], uren);
            }
        }
    }

    private static void social(String id, double risk, SplittableRandom rnd, RowSink sink) {
        if (rnd.nextDouble() < 0.1 + 0.2 * risk) {
            spell(SourceFile.UITKERINGEN, id, pick(rnd, REGELING), rnd, sink);
        }
        if (rnd.nextDouble() < 0.05 + 0.15 * risk) {
            spell(SourceFile.JEUGDHULP, id, pick(rnd, JEUGDHULP), rnd, sink);
        }
        if (rnd.nextDouble() < 0.04 + 0.1 * risk) {
            spell(SourceFile.SCHULDHULP, id, null, rnd, sink);
        }
    }

    private static void spell(SourceFile file, String id, String kind, SplittableRandom rnd, RowSink sink) {
        LocalDate begin = day(rnd, FIRST_YEAR - 3, LAST_YEAR);
        LocalDate registered = begin.plusDays(rnd.nextInt(150));
        if (!registered.isBefore(EXTRACTION)) {
            return;
        }
        LocalDate endDate = begin.plusDays(60 + rnd.nextInt(1500));
        String end = rnd.nextDouble() < 0.3 || !endDate.isBefore(EXTRACTION) ? "" : endDate.toString();
        if (kind == null) {
            sink.row(file, id, begin.toString(), end, registered.toString());
        } else {
            sink.row(file, id, kind, begin.toString(), end, registered.toString());
        }
    }

    private static LocalDate day(SplittableRandom rnd, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        long span = LocalDate.of(toYear, 10, 1).toEpochDay() - from.toEpochDay();
        return from.plusDays(rnd.nextLong(span));
    }

    private static String brin(SplittableRandom rnd) {
        return String.format("%02dX%c", rnd.nextInt(40), (char) ('A' + rnd.nextInt(26)));
    }

    private static String pick(SplittableRandom rnd, String... values) {
        return values[rnd.nextInt(values.length)];
    }
}
