package nl.vroegsignaal.link;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.SourceFile;

/**
 * The quality of each linked source on the dimensions statistics offices use: completeness per column, validity
 * (rows left out, by rule), uniqueness (duplicate rows, overlapping intervals), timeliness (registration lag),
 * consistency across sources, linkage and the volume per school year with its sudden changes. Computed after
 * linking from the linked tables, in one pass per source. Counts are of rows, except {@link Source#personsWithRows}
 * and the completeness of personen.csv's codes, which count persons: the report protects those.
 *
 * @param years   the school years the volumes and lags are given for (complete years in the coverage)
 * @param sources per source present, in contract order
 * @param checks  consistency across sources
 * @param jumps   sudden changes of a source's volume, each with a plain warning
 */
public record DataQuality(List<String> years, List<Source> sources, List<Check> checks, List<VolumeTrend.Jump> jumps) {

    /**
     * @param rows             linked rows (rows of persons not in personen.csv are left out before this)
     * @param completeness     per contract column, in file order
     * @param duplicateRows    rows equal in every column to an earlier row of the same file
     * @param overlapping      rows whose interval overlaps an earlier one of the same person (and kind); null
     *                         when the file has no intervals
     * @param overlappingLong  of those, rows overlapping by more than 31 days (more than a switch of school)
     * @param personsWithRows  persons of personen.csv with at least one row (a count of persons)
     * @param lags             registratiedatum minus begindatum per school year of begindatum; empty when the
     *                         file has no registratiedatum
     * @param volume           rows per school year by the record's knowledge date: all rows, then per code
     */
    public record Source(SourceFile file, long rows, List<Column> completeness, long duplicateRows, Long overlapping,
                         Long overlappingLong, long personsWithRows, List<Lag> lags, List<VolumeTrend.Series> volume) {
    }

    /**
     * One column's completeness: rows with a value (for geslacht and herkomst: a value other than
     * {@code onbekend}).
     *
     * @param persons whether the counts are of persons (personen.csv's codes, which the report protects)
     */
    public record Column(String name, long filled, long rows, boolean persons) {
    }

    /**
     * The registration lag of the spells begun in one school year, in days (nearest-rank percentiles).
     *
     * @param beforeBegin rows registered before they began (a planned trajectory)
     */
    public record Lag(String year, long rows, int p10, int p50, int p90, long beforeBegin) {
    }

    /** One consistency check across sources: rows that contradict another source. */
    public record Check(SourceFile file, String rule, long rows) {
    }

    /**
     * @param horizon        epoch day of the horizon (the data holds what was known before it)
     * @param firstPeildatum epoch day of the first peildatum: volumes and lags are given from its school year on
     */
    public static DataQuality of(LinkedData data, int horizon, int firstPeildatum) {
        SchoolYears years = SchoolYears.between(firstPeildatum, horizon);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < years.count(); i++) {
            names.add(years.name(i));
        }
        List<Source> sources = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) {
            if (!data.missingSources().contains(f)) {
                sources.add(QualityChecks.source(data, f, years));
            }
        }
        List<VolumeTrend.Jump> jumps = new ArrayList<>();
        for (Source s : sources) {
            for (VolumeTrend.Series series : s.volume()) {
                jumps.addAll(VolumeTrend.jumps(s.file(), series, names));
            }
        }
        return new DataQuality(List.copyOf(names), List.copyOf(sources), QualityChecks.consistency(data),
                List.copyOf(jumps));
    }
}
