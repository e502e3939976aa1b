package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;
import nl.vroegsignaal.testdata.ContractRecords;

/**
 * Arbitrary rows of every event source, with arbitrary codes, for a fixed pool of persons. Each source's
 * knowledge date (begindatum, datum, meldingsdatum, registratiedatum) is drawn from a given range, so a
 * property can add rows that are known only on or after some day.
 */
final class ContractRowArbitraries {
    static final List<String> PERSONS = List.of("persoon01", "persoon02", "persoon03", "persoon04");
    static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    /** One row: its file and its values in column order. */
    record Row(SourceFile file, List<String> values) {
        void addTo(ContractRecords records) {
            records.add(file, values.toArray(String[]::new));
        }
    }

    private ContractRowArbitraries() {
    }

    /** The four persons, with arbitrary birth months (ages around 12..22 in the years covered) and wijken. */
    static Arbitrary<ContractRecords> persons() {
        Arbitrary<String> month = Combinators.combine(Arbitraries.integers().between(1994, 2010),
                Arbitraries.integers().between(1, 12)).as((y, m) -> String.format("%d-%02d", y, m));
        return month.list().ofSize(PERSONS.size()).map(months -> {
            ContractRecords r = new ContractRecords();
            for (int i = 0; i < PERSONS.size(); i++) {
                r.person(PERSONS.get(i), months.get(i), "X", "onbekend", "WK03630" + (i % 2));
            }
            return r;
        });
    }

    /**
     * Dates in [from, to], with extra weight on the days around the given pivots (peildata and horizons are
     * where off-by-one mistakes live).
     */
    static Arbitrary<Integer> days(LocalDate from, LocalDate to, LocalDate... pivots) {
        int lo = (int) from.toEpochDay();
        int hi = (int) to.toEpochDay();
        Arbitrary<Integer> uniform = Arbitraries.integers().between(lo, hi);
        if (pivots.length == 0) {
            return uniform;
        }
        Arbitrary<Integer> nearPivot = Combinators.combine(Arbitraries.of(pivots),
                Arbitraries.integers().between(-2, 2)).as((p, d) -> (int) p.toEpochDay() + d)
                .filter(d -> d >= lo && d <= hi);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, uniform), net.jqwik.api.Tuple.of(2, nearPivot));
    }

    /** Any event row whose knowledge date lies in [from, to]. */
    static Arbitrary<Row> rowsKnownBetween(LocalDate from, LocalDate to, LocalDate... pivots) {
        Arbitrary<Integer> known = days(from, to, pivots);
        Arbitrary<String> who = Arbitraries.of(PERSONS);
        Arbitrary<Integer> anyDay = days(FIRST, LAST, pivots);
        return Arbitraries.oneOf(
                Combinators.combine(who, Arbitraries.of("AAAA", "BBBB", "CCCC"), code(Onderwijssoort.class),
                        Arbitraries.integers().between(1, 6), known, endAfter()).as((p, brin, soort, jaar, begin, len) ->
                        row(SourceFile.INSCHRIJVINGEN, p, brin, soort, Integer.toString(jaar), iso(begin), end(begin, len))),
                Combinators.combine(who, known, code(Diplomasoort.class)).as((p, d, soort) ->
                        row(SourceFile.DIPLOMAS, p, iso(d), soort)),
                Combinators.combine(who, known, code(Verzuimsoort.class),
                        Arbitraries.integers().between(0, 80).injectNull(0.3)).as((p, d, soort, uren) ->
                        row(SourceFile.VERZUIM, p, iso(d), soort, uren == null ? "" : uren.toString())),
                Combinators.combine(who, known, code(Verhuissoort.class)).as((p, d, soort) ->
                        row(SourceFile.VERHUIZINGEN, p, iso(d), soort)),
                spell(SourceFile.UITKERINGEN, who, code(Regeling.class), anyDay, known),
                spell(SourceFile.JEUGDHULP, who, code(Jeugdhulpsoort.class), anyDay, known),
                Combinators.combine(who, anyDay, endAfter(), known).as((p, begin, len, reg) ->
                        row(SourceFile.SCHULDHULP, p, iso(begin), end(begin, len), iso(reg))));
    }

    /**
     * Any event row dated strictly after the given day: every date of the row (begin, end, datum, registratie)
     * is later, so nothing of it can fall into an earlier window.
     */
    static Arbitrary<Row> rowsAllAfter(LocalDate day) {
        LocalDate first = day.plusDays(1);
        Arbitrary<Integer> d = days(first, LAST, first);
        Arbitrary<String> who = Arbitraries.of(PERSONS);
        return Arbitraries.oneOf(
                rowsKnownBetween(first, LAST, first).filter(r -> r.file() != SourceFile.UITKERINGEN
                        && r.file() != SourceFile.JEUGDHULP && r.file() != SourceFile.SCHULDHULP),
                spell(SourceFile.UITKERINGEN, who, code(Regeling.class), d, d),
                spell(SourceFile.JEUGDHULP, who, code(Jeugdhulpsoort.class), d, d),
                Combinators.combine(who, d, endAfter(), d).as((p, begin, len, reg) ->
                        row(SourceFile.SCHULDHULP, p, iso(begin), end(begin, len), iso(reg))));
    }

    private static Arbitrary<Row> spell(SourceFile file, Arbitrary<String> who, Arbitrary<String> kind,
                                        Arbitrary<Integer> begin, Arbitrary<Integer> registered) {
        return Combinators.combine(who, kind, begin, endAfter(), registered).as((p, k, b, len, reg) ->
                row(file, p, k, iso(b), end(b, len), iso(reg)));
    }

    /** Length of an interval in days, or -1 for an open end. */
    private static Arbitrary<Integer> endAfter() {
        return Arbitraries.integers().between(-1, 2000);
    }

    private static <E extends Enum<E> & Code> Arbitrary<String> code(Class<E> type) {
        return Arbitraries.of(type).map(Code::code);
    }

    private static Row row(SourceFile file, String... values) {
        return new Row(file, List.of(values));
    }

    private static String iso(int day) {
        return LocalDate.ofEpochDay(day).toString();
    }

    private static String end(int begin, int length) {
        return length < 0 ? "" : iso(begin + length);
    }
}
