package nl.vroegsignaal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.vroegsignaal.disclosure.Disclosure;

/** {@code link-report.md}: the link report for data stewards, in plain English. */
public final class LinkReportMarkdown {
    public static final String FILE = "link-report.md";

    private LinkReportMarkdown() {
    }

    public static String render(LinkReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Link report\n\n");
        md.append("Produced by vroegsignaal ").append(r.version()).append(" with feature catalogue version ")
                .append(r.catalogueVersion()).append(" (").append(r.featureCount()).append(" features).\n\n");
        md.append("The data runs up to **").append(r.horizon()).append("** (")
                .append(r.horizonFromData() ? "the day after the latest registration date in the input"
                        : "the extraction date given with --extraction-date")
                .append("). A label at peildatum P is known only when P + 1 year lies on or before that date.\n\n");
        md.append(Disclosure.ruleEn()).append(" `n/a` means the number does not apply.\n\n");

        md.append("## Input files\n\n| file | sha256 |\n|---|---|\n");
        r.inputs().forEach((file, sha) -> md.append("| ").append(file).append(" | `").append(sha).append("` |\n"));
        if (r.inputs().isEmpty()) {
            md.append("| (not read from files) | |\n");
        }

        md.append("\n## Linking per source\n\n");
        md.append("Rows of a source whose pseudonym is not in `personen.csv` are left out (rejected) and counted here.\n\n");
        md.append("| file | rows read | rows linked | rows rejected (unknown pseudonym) | link rate |\n");
        md.append("|---|---:|---:|---:|---:|\n");
        for (LinkReport.Source s : r.sources()) {
            md.append("| ").append(s.file()).append(" | ").append(s.rowsRead().text()).append(" | ")
                    .append(s.rowsLinked().text()).append(" | ").append(s.rowsRejected().text()).append(" | ")
                    .append(s.linkRate() == null ? "n/a" : percent(s.linkRate()))
                    .append(" |\n");
        }

        if (!r.sourcesMissing().isEmpty()) {
            md.append("\n## Missing sources\n\n");
            r.sourcesMissing().forEach(f -> md.append("- `").append(f).append("`: absent, which the configuration "
                    + "allows (`link.optionalSources`).\n"));
            md.append("\nTheir features are left out of `features.csv`, training, the necessity test and the reasons: ")
                    .append(String.join(", ", r.featuresLeftOut().stream().map(n -> "`" + n + "`").toList()))
                    .append(". A model trained on these features knows nothing of these sources; its evaluation, "
                    + "model card, signal lists, fairness report and register entry say so. A model trained without "
                    + "a source never reads it, also when a later input holds it.\n");
        }

        if (!r.warnings().isEmpty()) {
            md.append("\n## Warnings\n\n");
            r.warnings().forEach(w -> md.append("- **").append(Markdown.escape(w)).append("**\n"));
        }

        md.append("\n## Cohorts\n\n");
        md.append("Population at P: aged 12 to 22, enrolled on P (not in HO), no startkwalificatie on P, living in the "
                + "municipality on P. Label 1 (early school leaving): not enrolled on P + 1 year and no startkwalificatie "
                + "obtained in (P, P + 1 year]. Censored: moved out of the municipality in (P, P + 1 year]; "
                + "censored persons get no label.\n\n");
        md.append("| peildatum | population | labels known | labelled | censored | unlabelled (beyond horizon) | "
                + "label 1 | share label 1 |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (LinkReport.Cohort c : r.cohorts()) {
            md.append("| ").append(c.peildatum()).append(" | ").append(c.population().text()).append(" | ")
                    .append(c.labelsKnown() ? "yes" : "no").append(" | ").append(c.labelled().text()).append(" | ")
                    .append(c.censored().text()).append(" | ").append(c.unlabelledHorizon().text()).append(" | ")
                    .append(c.positives().text()).append(" | ")
                    .append(c.positiveRate() != null ? percent(c.positiveRate())
                            : c.labelsKnown() ? Disclosure.PAGE_MARK : "n/a")
                    .append(" |\n");
        }
        if (r.quality() != null) {
            LinkQualityMarkdown.append(md, r);
        }
        return md.toString();
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
