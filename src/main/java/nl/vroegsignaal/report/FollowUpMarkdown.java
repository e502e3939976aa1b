package nl.vroegsignaal.report;

import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.followup.FollowUp;

/** {@code opvolging.md}: the follow-up in plain Dutch, with the figures of {@code opvolging.json}. */
final class FollowUpMarkdown {
    private FollowUpMarkdown() {
    }

    static String render(FollowUp.Report r) {
        StringBuilder out = new StringBuilder("# Opvolging van de signaallijsten\n\n");
        out.append("Wat er gebeurde na de lijsten van eerdere jaren, en of het model nog past bij de gegevens van nu. ")
                .append("Alle cijfers gaan over groepen; een cijfer over minder dan ").append(Disclosure.MIN_PERSONS)
                .append(" personen staat er niet (\"").append(Disclosure.PAGE_MARK).append("\").\n\n");
        out.append("## Advies\n\n").append(capital(r.advice().nl())).append(".\n\n");

        out.append("## Vonden de lijsten de jongeren die uitvielen?\n\n")
                .append("Per lijst: van de jongeren op de lijst van wie de uitkomst nu bekend is, het deel dat uitviel ")
                .append("(precisie), en van alle jongeren in die leeftijdsgroep die uitvielen, het deel dat op de lijst ")
                .append("stond (recall). Tussen haakjes de onzekerheid (95%). \"Beloofd\" is wat de lijst zelf zei.\n\n")
                .append("| lijst | peildatum | op de lijst | uitkomst bekend | precisie | beloofd | recall |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (FollowUp.BackTest b : r.backTests()) {
            out.append("| ").append(b.list()).append(" | ").append(NlFormat.date(b.peildatum())).append(" | ")
                    .append(b.capacity()).append(" | ").append(Disclosure.page(b.withOutcome(),
                            Disclosure.hidesCount(b.withOutcome()))).append(" | ").append(rate(b.precision()))
                    .append(" | ").append(NlFormat.percent(b.promised()))
                    .append(b.precision().suppressed() ? "" : b.promiseWithinInterval() ? " (klopt)" : " (klopt niet)")
                    .append(" | ").append(rate(b.recall())).append(" |\n");
        }
        out.append('\n');

        out.append("## Elke stap per groep\n\n")
                .append("Per peildatum: welk deel van elke groep op de lijst kwam, en van wie op de lijst stond welk ")
                .append("deel contact had, hulp aangeboden kreeg en hulp aannam. Een verhouding vergelijkt de groep met ")
                .append("de referentiegroep; \"buiten de band\" betekent dat het verschil groter is dan 0,8 tot 1,25, ook ")
                .append("met de onzekerheid meegerekend. Zo ziet u waar in de keten een verschil ontstaat.\n\n");
        for (FollowUp.StepAudit s : r.steps()) {
            out.append("### ").append(NlFormat.date(s.peildatum())).append("\n\n");
            if (s.gaps().isEmpty()) {
                out.append("Geen groep valt buiten de band.\n\n");
            } else {
                out.append("Buiten de band:\n\n");
                for (FollowUp.Step step : s.steps()) {
                    step.groups().stream().filter(FollowUp.GroupStep::outsideBand).forEach(g -> out.append("- ")
                            .append(step.name().nameNl()).append(": ").append(Markdown.escape(g.group().toString()))
                            .append(", verhouding ").append(estimate(g.disparity().ratio())).append('\n'));
                }
                out.append('\n');
            }
            out.append("| stap | groep | aandeel | verhouding | oordeel |\n|---|---|---|---|---|\n");
            for (FollowUp.Step step : s.steps()) {
                out.append("| ").append(step.name().nameNl()).append(" | iedereen | ").append(rate(step.overall()))
                        .append(" | | |\n");
                for (FollowUp.GroupStep g : step.groups()) {
                    out.append("| ").append(step.name().nameNl()).append(" | ").append(Markdown.escape(g.group()
                            .toString())).append(g.reference() ? " (referentie)" : "").append(" | ")
                            .append(rate(g.rate())).append(" | ")
                            .append(g.disparity() == null ? "" : estimate(g.disparity().ratio())).append(" | ")
                            .append(g.disparity() == null ? "" : verdict(g)).append(" |\n");
                }
            }
            out.append('\n');
        }

        effect(out, r.effect());

        out.append("## Zijn de gegevens veranderd?\n\n")
                .append("Per bron: hoe ver de verdeling op ").append(NlFormat.date(r.drift().peildatum()))
                .append(" afwijkt van de jaren waarop het model leerde (populatiestabiliteitsindex, PSI: onder 0,10 ")
                .append("stabiel, 0,10 tot 0,25 matig, vanaf 0,25 groot), met het kenmerk dat het meest veranderde.\n\n")
                .append("| bron | PSI | kenmerk | verschuiving |\n|---|---|---|---|\n");
        for (FollowUp.SourceDrift d : r.drift().sources()) {
            out.append("| ").append(d.source()).append(" | ").append(dec(d.psi(), 3)).append(" | ")
                    .append(d.feature()).append(" | ").append(level(d.level())).append(" |\n");
        }
        out.append("\n## Klopt het niveau van de risico's nog?\n\n")
                .append("Per cohort sinds het model leerde: het deel dat uitviel, het gemiddelde voorspelde risico, ")
                .append("en hun verhouding (waargenomen gedeeld door verwacht; 1 is goed, boven 1 onderschat het model ")
                .append("het risico). De AUC zegt hoe goed het model de jongeren rangschikt (0,5 is gokken).\n\n")
                .append("| peildatum | uitval | gemiddeld risico | waargenomen / verwacht | AUC |\n|---|---|---|---|---|\n");
        for (FollowUp.CohortFit c : r.cohorts()) {
            out.append("| ").append(NlFormat.date(c.peildatum())).append(" | ").append(rate(c.baseRate())).append(" | ")
                    .append(dec(100 * c.meanRisk(), 1)).append("% | ")
                    .append(estimate(c.observedToExpected())).append(" | ")
                    .append(Double.isNaN(c.auc()) ? Disclosure.PAGE_MARK : dec(c.auc(), 3))
                    .append(" |\n");
        }
        out.append("\n## Herkomst\n\n");
        r.provenance().forEach((k, v) -> out.append("- ").append(Markdown.escape(k)).append(": ")
                .append(Markdown.escape(v)).append('\n'));
        return out.toString();
    }

    private static void effect(StringBuilder out, FollowUp.Effect e) {
        out.append("## Werkt het contact?\n\n").append(effectStatement(e)).append("\n\n");
        if (e.verdict() == FollowUp.EffectVerdict.NO_STREAM) {
            return;
        }
        out.append("| groep | jongeren met bekende uitkomst | uitgevallen |\n|---|---|---|\n")
                .append("| geloot, contact gehad | ").append(count(e.reached())).append(" | ")
                .append(rate(e.reachedLeft())).append(" |\n")
                .append("| geloot, niet bereikt | ").append(count(e.drawn() - e.reached())).append(" | ")
                .append(rate(e.notReachedLeft())).append(" |\n")
                .append("| niet geloot (zelfde strook onder de grens) | ").append(count(e.comparable()))
                .append(" | ").append(rate(e.comparableLeft())).append(" |\n\n");
        if (!e.share().suppressed()) {
            out.append("Geschat: zonder contact zou ").append(dec(100 * e.withoutContact(), 1))
                    .append("% van de bereikte jongeren zijn uitgevallen. Verschil met contact: ")
                    .append(points(e.difference())).append(" procentpunt; het contact verlaagt de kans op uitval met ")
                    .append(dec(100 * e.share().value(), 0)).append("% (95%-interval ")
                    .append(dec(100 * e.share().lower(), 0)).append("% tot ").append(dec(100 * e.share().upper(), 0))
                    .append("%).\n\n");
        }
    }

    private static String count(int n) {
        return Disclosure.page(n, Disclosure.hidesCount(n));
    }

    private static String points(Estimate e) {
        return dec(100 * e.value(), 1) + " (" + dec(100 * e.lower(), 1) + " tot " + dec(100 * e.upper(), 1) + ")";
    }

    /** What can and cannot be concluded about the effect of contact, in plain Dutch. */
    static String effectStatement(FollowUp.Effect e) {
        String limits = " Wat u hier niet uit kunt halen: of het contact even goed werkt voor de jongeren bovenaan de "
                + "lijst (de loting gaat over jongeren net onder de grens), welk deel van het contact werkt (het gesprek "
                + "of de hulp), en wat het effect na meer dan een jaar is.";
        return switch (e.verdict()) {
            case NO_STREAM -> "Dit is niet te zeggen: geen van de eerdere lijsten had een willekeurige stroom. Zonder "
                    + "loting verschillen jongeren met en zonder contact ook op andere punten, en dan is een verschil in "
                    + "uitval niet aan het contact toe te schrijven. Zet de willekeurige stroom aan "
                    + "(signal.randomStream, na een besluit van de privacy officer) om dit later te kunnen schatten.";
            case TOO_FEW -> "Dit is nog niet te zeggen: in de willekeurige stroom van " + e.lists() + " lijst(en) zijn "
                    + "te weinig jongeren (of te weinig in een van de groepen hieronder) om een effect te schatten "
                    + "zonder personen herkenbaar te maken, of de schatting is te onzeker om te begrenzen.";
            case LOWERS -> "Het contact helpt: jongeren uit de willekeurige stroom met wie het team contact had, vielen "
                    + "minder vaak uit dan vergelijkbare jongeren zonder contact. Omdat alleen het lot bepaalde wie van "
                    + "de jongeren net onder de grens op de lijst kwam, komt dit verschil door het contact en niet door "
                    + "wie het team koos." + limits;
            case NOT_SHOWN -> "Een effect van het contact is niet aangetoond: het interval hieronder bevat 0. Dat "
                    + "betekent niet dat het contact niet werkt; het verschil kan te klein zijn om met dit aantal "
                    + "jongeren te zien." + limits;
            case RAISES -> "Jongeren uit de willekeurige stroom met wie het team contact had, vielen vaker uit dan "
                    + "vergelijkbare jongeren zonder contact. Omdat alleen het lot bepaalde wie op de lijst kwam, is "
                    + "dit een reden om de aanpak na contact te bespreken." + limits;
        };
    }

    private static String rate(Rate r) {
        if (r.suppressed()) {
            return Disclosure.PAGE_MARK;
        }
        return dec(100 * r.value(), 1) + "% (" + dec(100 * r.lower(), 1) + "-"
                + dec(100 * r.upper(), 1) + "%)";
    }

    private static String estimate(Estimate e) {
        if (e.suppressed() || Double.isNaN(e.value()) || Double.isNaN(e.lower()) || Double.isNaN(e.upper())) {
            return Disclosure.PAGE_MARK;
        }
        return dec(e.value(), 2) + " (" + dec(e.lower(), 2) + "-"
                + dec(e.upper(), 2) + ")";
    }

    private static String verdict(FollowUp.GroupStep g) {
        return switch (g.disparity().verdict()) {
            case BINNEN_BAND -> "binnen de band";
            case BUITEN_BAND -> "buiten de band";
            case NIET_TE_BEPALEN -> "niet te bepalen";
        };
    }

    private static String level(FollowUp.DriftLevel l) {
        return switch (l) {
            case STABLE -> "stabiel";
            case MODERATE -> "matig";
            case LARGE -> "groot";
        };
    }

    /** A number with a fixed count of decimals and a decimal comma. */
    private static String dec(double v, int decimals) {
        return NlFormat.fixed(v, decimals).toPlainString().replace('.', ',');
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
