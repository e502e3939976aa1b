package nl.vroegsignaal.report;

import java.math.BigDecimal;
import java.util.List;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.link.DataQuality;
import nl.vroegsignaal.link.VolumeTrend;

/** The data-quality section of {@code link-report.md}, for data scientists, in English. */
final class LinkQualityMarkdown {
    private LinkQualityMarkdown() {
    }

    static void append(StringBuilder md, LinkReport r) {
        DataQuality q = r.quality();
        long register = q.sources().stream().filter(s -> s.file() == SourceFile.PERSONEN).findFirst()
                .map(DataQuality.Source::rows).orElse(0L);
        md.append("\n## Data quality per source\n\n");
        md.append("On the dimensions statistics offices use, over the linked rows (rows of persons not in "
                + "`personen.csv` are left out first; see consistency). Counts are rows of a file, shown as they are, "
                + "except where a column says persons: those follow the rule above.\n\n");

        md.append("### Completeness\n\nColumns that may be empty (and, in `personen.csv`, codes that may be "
                + "`onbekend`). Every other column is complete: an empty required field refuses the input.\n\n");
        md.append("| file | column | with a value | share |\n|---|---|---:|---:|\n");
        for (DataQuality.Source s : q.sources()) {
            for (DataQuality.Column c : s.completeness()) {
                if (c.persons() || c.filled() != c.rows() || optional(c.name())) {
                    BigDecimal share = QualityCells.share(c);
                    md.append("| ").append(s.file().fileName()).append(" | ").append(c.name())
                            .append(c.persons() ? " (persons)" : "").append(" | ").append(QualityCells.filled(c).text())
                            .append(" | ").append(share == null ? Disclosure.PAGE_MARK : LinkReportMarkdown.percent(share)).append(" |\n");
                }
            }
        }

        md.append("\n### Validity\n\nThe linker refuses the whole input on any invalid value (see "
                + "`src/site/input-validation.md`), so no linked row breaks a rule of the contract. Rows left out by "
                + "rule are those whose pseudonym is not in `personen.csv` (under consistency)");
        md.append(r.sourcesMissing().isEmpty() ? ".\n" : "; left out whole: " + String.join(", ", r.sourcesMissing())
                + " (see Missing sources).\n");

        md.append("\n### Uniqueness\n\nA duplicate row equals an earlier row of the same file in every column. An "
                + "interval overlaps when it begins on or before the end of an earlier one of the same person (and, "
                + "for benefits and youth care, the same kind); the contract allows short overlaps around a switch "
                + "of school.\n\n| file | rows | duplicate rows | overlapping intervals | of which more than 31 days |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (DataQuality.Source s : q.sources()) {
            md.append("| ").append(s.file().fileName()).append(" | ").append(s.rows()).append(" | ")
                    .append(s.file() == SourceFile.PERSONEN ? "0 (refused)" : s.duplicateRows()).append(" | ")
                    .append(s.overlapping() == null ? "n/a" : s.overlapping()).append(" | ")
                    .append(s.overlappingLong() == null ? "n/a" : s.overlappingLong()).append(" |\n");
        }

        md.append("\n### Timeliness\n\nRegistration lag: `registratiedatum` minus `begindatum`, in days, of the "
                + "spells begun in each school year (nearest-rank percentiles; a negative lag is a trajectory "
                + "registered before it began). Only these sources have both dates; a percentile over fewer than "
                + Disclosure.MIN_PERSONS + " spells is not shown.\n\n");
        md.append("| file | school year | spells | p10 | median | p90 | registered before begin |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (DataQuality.Source s : q.sources()) {
            for (DataQuality.Lag l : s.lags()) {
                boolean shown = QualityCells.lagShown(l);
                md.append("| ").append(s.file().fileName()).append(" | ").append(l.year()).append(" | ")
                        .append(l.rows()).append(" | ").append(shown ? l.p10() : Disclosure.PAGE_MARK).append(" | ")
                        .append(shown ? l.p50() : Disclosure.PAGE_MARK).append(" | ")
                        .append(shown ? l.p90() : Disclosure.PAGE_MARK).append(" | ").append(l.beforeBegin())
                        .append(" |\n");
            }
        }

        md.append("\n### Consistency across sources\n\n| file | rows that | rows |\n|---|---|---:|\n");
        for (DataQuality.Check c : q.checks()) {
            md.append("| ").append(c.file().fileName()).append(" | ").append(c.rule()).append(" | ").append(c.rows())
                    .append(" |\n");
        }

        md.append("\n### Linkage\n\nThe link rate of each source's rows is in the table \"Linking per source\" above. "
                + "From the register's side: persons of `personen.csv` with at least one row in the source "
                + "(persons).\n\n| file | persons with a row | share of personen.csv |\n|---|---:|---:|\n");
        for (DataQuality.Source s : q.sources()) {
            if (s.file() != SourceFile.PERSONEN) {
                Cell c = QualityCells.persons(s, register);
                md.append("| ").append(s.file().fileName()).append(" | ").append(c.text()).append(" | ")
                        .append(c.shown() && register > 0 ? LinkReportMarkdown.percent(QualityCells.ratio(c.value(), register))
                                : Disclosure.PAGE_MARK).append(" |\n");
            }
        }

        appendVolume(md, q);
    }

    private static void appendVolume(StringBuilder md, DataQuality q) {
        md.append("\n### Volume per school year\n\n");
        if (q.years().isEmpty()) {
            md.append("No complete school year lies between the first peildatum and the horizon.\n");
            return;
        }
        md.append("Rows per complete school year from the first peildatum's, by the date the "
                + "record became known (enrolments: begindatum; benefits, youth care and debt support: "
                + "registratiedatum). A year whose change departs from the source's usual change by a factor of "
                + "1.25 or more, and clearly beyond chance, is flagged under Warnings; each code is checked on "
                + "its own too (in the JSON).\n\n| file | ").append(String.join(" | ", q.years())).append(" |\n|---|");
        md.append("---:|".repeat(q.years().size())).append('\n');
        for (DataQuality.Source s : q.sources()) {
            for (VolumeTrend.Series series : s.volume()) {
                if (series.code() == null) {
                    md.append("| ").append(s.file().fileName()).append(" | ");
                    List<String> values = series.rows().stream().map(String::valueOf).toList();
                    md.append(String.join(" | ", values)).append(" |\n");
                }
            }
        }
    }

    private static boolean optional(String column) {
        return column.equals("einddatum") || column.equals("uren");
    }
}
