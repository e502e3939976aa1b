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
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.CohortSummary;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.features.Timeline;
import nl.vroegsignaal.link.DataQuality;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.SourceCounts;

/**
 * What {@code link} read and produced, aggregated, with counts of persons protected (see {@link Cell}): the
 * content of {@code link-report.json} and {@code link-report.md}. Holds no person-level value.
 *
 * @param inputs   sha256 per input file name, sorted by name
 * @param sources  per contract file, in contract order
 * @param cohorts  per peildatum, oldest first
 * @param warnings plain sentences about what looks wrong with the input (a source that hardly links)
 * @param sourcesMissing file names of the sources left out (absent, as {@code link.optionalSources} allowed)
 * @param featuresLeftOut the catalogue features left out with them
 * @param quality  the data-quality report per source, or null (a report built by hand)
 */
public record LinkReport(String version, String catalogueVersion, int featureCount, LocalDate horizon,
                         boolean horizonFromData, Map<String, String> inputs, List<Source> sources,
                         List<Cohort> cohorts, List<String> warnings, List<String> sourcesMissing,
                         List<String> featuresLeftOut, DataQuality quality) {

    /**
     * Rows of one source file. Personen has no link step, so its linked and rejected cells are n/a. Rows of a
     * file are not statistics about persons ({@link nl.vroegsignaal.disclosure.Disclosure.Kind}), so they and
     * the link rate are always shown exactly.
     *
     * @param linkRate linked / read; null for personen and for an empty file
     */
    public record Source(String file, Cell rowsRead, Cell rowsLinked, Cell rowsRejected, BigDecimal linkRate) {
    }

    /** One peildatum; positiveRate is null when hidden or not applicable. */
    public record Cohort(LocalDate peildatum, boolean labelsKnown, Cell population, Cell labelled, Cell censored,
                         Cell unlabelledHorizon, Cell positives, BigDecimal positiveRate) {
    }

    public static LinkReport of(LinkedData data, FeatureSet features, Timeline timeline) {
        List<Source> sources = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (SourceFile f : SourceFile.values()) {
            SourceCounts counts = data.counts().getOrDefault(f, new SourceCounts(0, 0, 0));
            if (data.missingSources().contains(f)) {
                sources.add(new Source(f.fileName(), Cell.notApplicable(), Cell.notApplicable(), Cell.notApplicable(),
                        null));
                continue;
            }
            sources.add(source(f, counts));
            if (f != SourceFile.PERSONEN) {
                counts.warning(f.fileName()).ifPresent(warnings::add);
            }
        }
        int first = (int) (timeline.peildata().isEmpty() ? timeline.horizon() : timeline.peildata().get(0)).toEpochDay();
        DataQuality quality = DataQuality.of(data, (int) timeline.horizon().toEpochDay(), first);
        quality.jumps().forEach(j -> warnings.add(j.warning()));
        List<Cohort> cohorts = features.cohorts().stream()
                .map(c -> cohort(c, timeline.labelKnown(c.peildatum()))).toList();
        return new LinkReport(BuildInfo.version(), features.matrix().catalogue().version(),
                features.matrix().catalogue().features().size(), timeline.horizon(), timeline.horizonFromData(),
                new TreeMap<>(data.inputHashes()), List.copyOf(sources), cohorts, List.copyOf(warnings),
                features.matrix().catalogue().missingSources(), leftOut(features.matrix().catalogue()), quality);
    }

    private static List<String> leftOut(FeatureCatalogue used) {
        List<String> kept = used.features().stream().map(FeatureDefinition::name).toList();
        return Catalogue.current().features().stream().map(FeatureDefinition::name)
                .filter(n -> !kept.contains(n)).toList();
    }

    static Source source(SourceFile file, SourceCounts c) {
        // rows of a file, not persons: shown as they are, also when 0
        Cell read = Cell.rows(c.rowsRead());
        if (file == SourceFile.PERSONEN) {
            return new Source(file.fileName(), read, Cell.notApplicable(), Cell.notApplicable(), null);
        }
        BigDecimal rate = c.rowsRead() == 0 ? null : ratio(c.linked(), c.rowsRead());
        return new Source(file.fileName(), read, Cell.rows(c.linked()), Cell.rows(c.unknownPerson()), rate);
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
        if (labelled.shown() && positives.shown() && Disclosure.hidesCount(s.labelled() - s.positives())) {
            positives = positives.suppressAlso();
        }
        BigDecimal rate = labelled.shown() && positives.shown() ? ratio(s.positives(), s.labelled()) : null;
        return new Cohort(s.peildatum(), true, population, labelled, censored, Cell.notApplicable(), positives, rate);
    }

    private static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
