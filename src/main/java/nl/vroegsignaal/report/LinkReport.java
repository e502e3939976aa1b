package nl.vroegsignaal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.BuildInfo;
import nl.vroegsignaal.features.CohortSummary;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.features.Timeline;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.SourceCounts;

/**
 * What {@code link} read and produced, aggregated and with small cells suppressed (see {@link Cell}): the
 * content of {@code link-report.json} and {@code link-report.md}. Holds no person-level value.
 *
 * @param inputs   sha256 per input file name, sorted by name
 * @param sources  per contract file, in contract order
 * @param cohorts  per peildatum, oldest first
 */
public record LinkReport(String version, String catalogueVersion, int featureCount, LocalDate horizon,
                         boolean horizonFromData, Map<String, String> inputs, List<Source> sources,
                         List<Cohort> cohorts) {

    /**
     * Rows of one source file. Personen has no link step, so its linked and rejected cells are n/a.
     *
     * @param linkRate exact rate, or a lower bound when the rejected count is hidden (see {@code rateIsLowerBound})
     */
    public record Source(String file, Cell rowsRead, Cell rowsLinked, Cell rowsRejected, BigDecimal linkRate,
                         boolean rateIsLowerBound) {
    }

    /** One peildatum; positiveRate is null when hidden or not applicable. */
    public record Cohort(LocalDate peildatum, boolean labelsKnown, Cell population, Cell labelled, Cell censored,
                         Cell unlabelledHorizon, Cell positives, BigDecimal positiveRate) {
    }

    public static LinkReport of(LinkedData data, FeatureSet features, Timeline timeline) {
        List<Source> sources = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) {
            sources.add(source(f, data.counts().getOrDefault(f, new SourceCounts(0, 0, 0))));
        }
        List<Cohort> cohorts = features.cohorts().stream()
                .map(c -> cohort(c, timeline.labelKnown(c.peildatum()))).toList();
        return new LinkReport(BuildInfo.version(), features.matrix().catalogue().version(),
                features.matrix().catalogue().features().size(), timeline.horizon(), timeline.horizonFromData(),
                new TreeMap<>(data.inputHashes()), List.copyOf(sources), cohorts);
    }

    static Source source(SourceFile file, SourceCounts c) {
        Cell read = Cell.count(c.rowsRead());
        if (file == SourceFile.PERSONEN) {
            return new Source(file.fileName(), read, Cell.notApplicable(), Cell.notApplicable(), null, false);
        }
        Cell linked = Cell.count(c.linked());
        Cell rejected = Cell.count(c.unknownPerson());
        // read = linked + rejected: with read shown, one hidden part would give away the other.
        if (read.shown() && rejected.hidden()) {
            linked = linked.suppressAlso();
        }
        if (read.shown() && linked.hidden()) {
            rejected = rejected.suppressAlso();
        }
        BigDecimal rate = null;
        boolean lowerBound = false;
        if (read.shown() && linked.shown() && rejected.shown()) {
            rate = ratio(c.linked(), c.rowsRead());
        } else if (read.shown() && rejected.state() == Cell.State.SMALL) {
            // Whatever the hidden count (0..9), at least this share linked; rounded down so it stays a bound.
            rate = BigDecimal.valueOf(c.rowsRead() - (Cell.MIN_COUNT - 1))
                    .divide(BigDecimal.valueOf(c.rowsRead()), 4, RoundingMode.FLOOR);
            lowerBound = true;
        }
        return new Source(file.fileName(), read, linked, rejected, rate, lowerBound);
    }

    static Cohort cohort(CohortSummary s, boolean labelsKnown) {
        Cell population = Cell.count(s.population());
        if (!labelsKnown) {
            // Beyond the horizon nobody is labelled or censored: the whole cohort is unlabelled.
            return new Cohort(s.peildatum(), false, population, Cell.notApplicable(), Cell.notApplicable(),
                    Cell.count(s.unlabelledHorizon()), Cell.notApplicable(), null);
        }
        Cell labelled = Cell.count(s.labelled());
        Cell censored = Cell.count(s.censored());
        Cell positives = Cell.count(s.positives());
        // population = labelled + censored: keep the labelled count (rates rest on it) and hide the total.
        if (labelled.hidden() || censored.hidden()) {
            population = population.suppressAlso();
        }
        // labelled - positives (the negatives) is not shown, but must not be small either.
        if (labelled.shown() && positives.shown() && s.labelled() - s.positives() < Cell.MIN_COUNT) {
            positives = positives.suppressAlso();
        }
        BigDecimal rate = labelled.shown() && positives.shown() ? ratio(s.positives(), s.labelled()) : null;
        return new Cohort(s.peildatum(), true, population, labelled, censored, Cell.notApplicable(), positives, rate);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
