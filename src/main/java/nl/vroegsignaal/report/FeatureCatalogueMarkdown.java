package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * Renders the feature catalogue for humans ({@code src/site/feature-catalogue.md}): the rules every feature
 * follows and their boundary choices in English, one table of all features, and the Dutch descriptions and
 * justifications that reports and the register entry print.
 */
public final class FeatureCatalogueMarkdown {
    public static final String REFRESH = "mvn -B -o -q test -Dtest=FeatureCatalogueDocTest -Dcatalogue.refresh=true";

    private FeatureCatalogueMarkdown() {
    }

    public static String render(FeatureCatalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("# Feature catalogue\n\n");
        md.append("<!-- Generated from nl.vroegsignaal.features.Catalogue; do not edit by hand. A test fails when this "
                + "file and the code differ. Refresh with:\n     ").append(REFRESH).append(" -->\n\n");
        md.append("Catalogue version ").append(catalogue.version()).append(", ").append(catalogue.features().size())
                .append(" features. The catalogue lives in one place in the code, `nl.vroegsignaal.features.Catalogue`; "
                        + "reports, explanations, the fairness audit and the Algoritmeregister entry read names, "
                        + "descriptions and justifications from it. Each family becomes one reason in an explanation. "
                        + "The Dutch regulator has ruled risk criteria without a documented justification unlawful, "
                        + "so every feature states why it is relevant to early school leaving and where that "
                        + "knowledge comes from.\n\n");
        md.append(RULES);
        md.append("## Features\n\n| # | name | family | kind | source | window (relative to peildatum P) |\n");
        md.append("|---:|---|---|---|---|---|\n");
        List<FeatureDefinition> features = catalogue.features();
        for (int i = 0; i < features.size(); i++) {
            FeatureDefinition f = features.get(i);
            md.append("| ").append(i + 1).append(" | `").append(f.name()).append("` | ").append(f.family())
                    .append(" | ").append(f.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(f.source()).append(" | ").append(cell(f.window())).append(" |\n");
        }
        md.append("\n## Descriptions and justifications (Dutch, as printed in reports)\n");
        Map<String, List<FeatureDefinition>> byFamily = new LinkedHashMap<>();
        for (FeatureDefinition f : features) {
            byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f);
        }
        byFamily.forEach((family, list) -> {
            md.append("\n### ").append(family).append("\n\n");
            for (FeatureDefinition f : list) {
                md.append("- **`").append(f.name()).append("`**: ").append(f.descriptionNl()).append("\n  *Waarom:* ")
                        .append(f.justificationNl()).append('\n');
            }
        });
        md.append(LIMITATIONS);
        return md.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    private static final String RULES = """
            ## Rules every feature follows

            - **Peildatum P**: 1 October. The peildata are every 1 October on or before the extraction horizon on \
            which at least one enrolment is running.
            - **Extraction horizon**: the `--extraction-date` given, or else the day after the latest knowledge date \
            in the input (enrolment begindatum, diploma and move datum, verzuim meldingsdatum, social-domain \
            registratiedatum; end dates do not count, as sources may carry planned ends). A label at P is known only \
            when P + 1 year is on or before the horizon; the newest cohorts are scored, not labelled.
            - **Leakage rule**: a feature at P uses only records known strictly before P. Knowledge dates: verzuim \
            meldingsdatum; enrolment begindatum; diploma and move datum; uitkeringen, jeugdhulp and schuldhulp \
            registratiedatum (a spell that began before P but was registered on or after P is unknown at P). An \
            end date on or after P is not known at P: the enrolment or spell counts as running (intervals are \
            clipped at P). Feature code sees the data only through one view class (`KnownBefore`) that applies \
            this rule; an architecture test and property-based tests keep it that way.
            - **Windows** are half-open and end just before P: "12 months" is [P - 12 months, P), "3 months" \
            [P - 3 months, P), "3 years" [P - 3 years, P). A spell counts in a window when it overlaps it.
            - **School years** start on 1 August. "The enrolment before" an enrolment is the one that began \
            latest before it; when several enrolments qualify (overlapping rows around a switch), the later \
            begin wins, then the higher onderwijssoort, then the higher leerjaar, then the larger brin, so that \
            the row order of the input files never matters.
            - **Values** are numbers (counts, months, days, 0/1) or, for categorical features, a level: the \
            onderwijssoort code or `geen`, the sector (`VO`, `VAVO`, `MBO`, `HO`) or `geen`, the CBS wijk code.

            ## Population and label (boundary choices)

            - **Population at P**: age 12 to 22 on P in whole years, taking the geboortemaand as born on the 1st \
            (someone born in October turns that age on P); an enrolment running on P (begindatum <= P and \
            einddatum empty or >= P, so an enrolment ending on P still counts) in any onderwijssoort except HO; no \
            startkwalificatie diploma (HAVO, VWO, MBO-2 or higher) dated on or before P (a diploma dated P is held \
            on P); living in the municipality on P: the last move dated on or before P is not `vertrek` or \
            `emigratie` (no move at all counts as living there; a later `vestiging` brings a person back; when \
            several moves share that last date, one `vestiging` or `binnen gemeente` among them counts as living \
            there). The population is the state on P itself, as DUO counts on 1 October; it is not a feature.
            - **Label at P**: 1 when on P + 1 year no enrolment of any onderwijssoort (HO included) is running \
            (begindatum <= P + 1 year and einddatum empty or >= P + 1 year) and no startkwalificatie is dated in \
            (P, P + 1 year]; else 0.
            - **Censoring**: a `vertrek` or `emigratie` dated in (P, P + 1 year] gives no label; such persons are \
            counted as censored per cohort. A cohort beyond the horizon is counted as unlabelled as a whole.
            - **Context columns** (not features): the school (brin) and onderwijssoort of the enrolment running on \
            P, used to split metrics and for baselines.

            """;

    private static final String LIMITATIONS = """

            ## Known limitations

            - `wijk` is the address in `personen.csv` at delivery, not on P: someone who moved within the \
            municipality after P shows the later wijk. The contract has no address history.
            - `schoolwissels_3j` counts a change of brin within one sector; the usual step from VO to MBO is not a \
            switch. `afstroom_3j` compares levels within one sector only (VO: PRO/VSO, VMBO-BB, VMBO-KB, VMBO-GT, \
            HAVO, VWO; MBO: level 1 to 4).
            - `onderbrekingen_3j` needs a gap of more than 92 days so that a summer holiday between two enrolments \
            is not counted.
            - `uitkering_maanden_3j` uses an average month of 365.25 / 12 days and counts overlapping benefits once.
            """;
}
