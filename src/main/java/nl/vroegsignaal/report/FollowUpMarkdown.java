package nl.vroegsignaal.report;

import java.time.LocalDate;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.followup.FollowUp;

/**
 * The follow-up report in Markdown, with the figures of {@code opvolging.json}: {@code opvolging.md} in plain Dutch
 * for the privacy officer and the team's manager, {@code followup.md} in English for data scientists. One layout;
 * the sentences come from the language's texts ({@code opvolging.*}), numbers and dates are written as that
 * language writes them.
 */
final class FollowUpMarkdown {
    private final Texts t;
    private final boolean dutch;

    private FollowUpMarkdown(Texts t, boolean dutch) {
        this.t = t;
        this.dutch = dutch;
    }

    /** In Dutch, with these texts (the built-in ones, or a municipality's). */
    static String dutch(FollowUp.Report r, Texts t) {
        return new FollowUpMarkdown(t, true).render(r);
    }

    static String english(FollowUp.Report r) {
        return new FollowUpMarkdown(Texts.english(), false).render(r);
    }

    private String render(FollowUp.Report r) {
        StringBuilder out = new StringBuilder("# ").append(t.text("opvolging.titel")).append("\n\n");
        out.append(t.text("opvolging.inleiding", "minimum", Disclosure.MIN_PERSONS, "markering", Disclosure.PAGE_MARK))
                .append("\n\n");
        out.append("## ").append(t.text("opvolging.advies.kop")).append("\n\n").append(advice(r.advice()))
                .append("\n\n");
        backTests(out, r);
        steps(out, r);
        effect(out, r.effect());
        drift(out, r.drift());
        cohorts(out, r);
        out.append("\n## ").append(t.text("opvolging.herkomst.kop")).append("\n\n");
        r.provenance().forEach((k, v) -> out.append("- ").append(Markdown.escape(k)).append(": ")
                .append(Markdown.escape(v)).append('\n'));
        return out.toString();
    }

    private void backTests(StringBuilder out, FollowUp.Report r) {
        out.append("## ").append(t.text("opvolging.terugblik.kop")).append("\n\n")
                .append(t.text("opvolging.terugblik.tekst")).append("\n\n");
        header(out, t.text("opvolging.terugblik.kolommen"), 7);
        for (FollowUp.BackTest b : r.backTests()) {
            String promised = NlFormat.percent(b.promised()); // "23%", alike in both languages
            out.append("| ").append(b.list()).append(" | ").append(date(b.peildatum())).append(" | ")
                    .append(b.capacity()).append(" | ").append(Disclosure.page(b.withOutcome(),
                            Disclosure.hidesCount(b.withOutcome()))).append(" | ").append(rate(b.precision()))
                    .append(" | ").append(b.precision().suppressed() ? promised : b.promiseWithinInterval()
                            ? t.text("opvolging.terugblik.klopt", "beloofd", promised)
                            : t.text("opvolging.terugblik.klopt_niet", "beloofd", promised))
                    .append(" | ").append(rate(b.recall())).append(" |\n");
        }
        out.append('\n');
    }

    private void steps(StringBuilder out, FollowUp.Report r) {
        out.append("## ").append(t.text("opvolging.stappen.kop")).append("\n\n")
                .append(t.text("opvolging.stappen.tekst")).append("\n\n");
        for (FollowUp.StepAudit s : r.steps()) {
            out.append("### ").append(date(s.peildatum())).append("\n\n");
            if (s.gaps().isEmpty()) {
                out.append(t.text("opvolging.stappen.geen")).append("\n\n");
            } else {
                out.append(t.text("opvolging.stappen.buiten")).append("\n\n");
                for (FollowUp.Step step : s.steps()) {
                    step.groups().stream().filter(FollowUp.GroupStep::outsideBand).forEach(g -> out.append("- ")
                            .append(t.text("opvolging.stappen.regel", "stap", stepName(step.name()), "groep",
                                    Markdown.escape(g.group().toString()), "verhouding",
                                    estimate(g.disparity().ratio()))).append('\n'));
                }
                out.append('\n');
            }
            header(out, t.text("opvolging.stappen.kolommen"), 5);
            for (FollowUp.Step step : s.steps()) {
                out.append("| ").append(stepName(step.name())).append(" | ").append(t.text("opvolging.stappen.iedereen"))
                        .append(" | ").append(rate(step.overall())).append(" | | |\n");
                for (FollowUp.GroupStep g : step.groups()) {
                    String group = Markdown.escape(g.group().toString());
                    out.append("| ").append(stepName(step.name())).append(" | ")
                            .append(g.reference() ? t.text("opvolging.stappen.referentie", "groep", group) : group)
                            .append(" | ").append(rate(g.rate())).append(" | ")
                            .append(g.disparity() == null ? "" : estimate(g.disparity().ratio())).append(" | ")
                            .append(g.disparity() == null ? "" : verdict(g)).append(" |\n");
                }
            }
            out.append('\n');
        }
    }

    private void effect(StringBuilder out, FollowUp.Effect e) {
        out.append("## ").append(t.text("opvolging.effect.kop")).append("\n\n").append(statement(e)).append("\n\n");
        if (e.verdict() == FollowUp.EffectVerdict.NO_STREAM) {
            return;
        }
        header(out, t.text("opvolging.effect.kolommen"), 3);
        out.append("| ").append(t.text("opvolging.effect.bereikt")).append(" | ").append(count(e.reached()))
                .append(" | ").append(rate(e.reachedLeft())).append(" |\n")
                .append("| ").append(t.text("opvolging.effect.niet_bereikt")).append(" | ")
                .append(count(e.drawn() - e.reached())).append(" | ").append(rate(e.notReachedLeft())).append(" |\n")
                .append("| ").append(t.text("opvolging.effect.niet_geloot")).append(" | ").append(count(e.comparable()))
                .append(" | ").append(rate(e.comparableLeft())).append(" |\n\n");
        if (!e.share().suppressed()) {
            out.append(t.text("opvolging.effect.schatting", "zonder", dec(100 * e.withoutContact(), 1),
                    "verschil", t.text("opvolging.effect.interval", "waarde", dec(100 * e.difference().value(), 1),
                            "van", dec(100 * e.difference().lower(), 1), "tot", dec(100 * e.difference().upper(), 1)),
                    "aandeel", dec(100 * e.share().value(), 0), "van", dec(100 * e.share().lower(), 0),
                    "tot", dec(100 * e.share().upper(), 0))).append("\n\n");
        }
    }

    private void drift(StringBuilder out, FollowUp.Drift d) {
        out.append("## ").append(t.text("opvolging.drift.kop")).append("\n\n")
                .append(t.text("opvolging.drift.tekst", "peildatum", date(d.peildatum()))).append("\n\n");
        header(out, t.text("opvolging.drift.kolommen"), 4);
        for (FollowUp.SourceDrift s : d.sources()) {
            out.append("| ").append(s.source()).append(" | ").append(dec(s.psi(), 3)).append(" | ")
                    .append(s.feature()).append(" | ").append(level(s.level())).append(" |\n");
        }
    }

    private void cohorts(StringBuilder out, FollowUp.Report r) {
        out.append("\n## ").append(t.text("opvolging.kalibratie.kop")).append("\n\n")
                .append(t.text("opvolging.kalibratie.tekst")).append("\n\n");
        header(out, t.text("opvolging.kalibratie.kolommen"), 5);
        for (FollowUp.CohortFit c : r.cohorts()) {
            out.append("| ").append(date(c.peildatum())).append(" | ").append(rate(c.baseRate())).append(" | ")
                    .append(dec(100 * c.meanRisk(), 1)).append("% | ")
                    .append(estimate(c.observedToExpected())).append(" | ")
                    .append(Double.isNaN(c.auc()) ? Disclosure.PAGE_MARK : dec(c.auc(), 3))
                    .append(" |\n");
        }
    }

    /** A table's header row (its column names as the text gives them, separated by " | ") and rule. */
    private static void header(StringBuilder out, String columns, int count) {
        out.append("| ").append(columns).append(" |\n").append("|---".repeat(count)).append("|\n");
    }

    /** What can and cannot be concluded about the effect of contact, in plain Dutch (for {@code opvolging.json}). */
    static String effectStatement(FollowUp.Effect e) {
        return new FollowUpMarkdown(Texts.builtIn(), true).statement(e);
    }

    private String statement(FollowUp.Effect e) {
        String limits = " " + t.text("opvolging.effect.grenzen");
        return switch (e.verdict()) {
            case NO_STREAM -> t.text("opvolging.effect.geen_stroom");
            case TOO_FEW -> t.text("opvolging.effect.te_weinig", "lijsten", e.lists());
            case LOWERS -> t.text("opvolging.effect.verlaagt") + limits;
            case NOT_SHOWN -> t.text("opvolging.effect.niet_aangetoond") + limits;
            case RAISES -> t.text("opvolging.effect.verhoogt") + limits;
        };
    }

    /** The advice as a sentence, in Dutch for {@code opvolging.json}. */
    static String adviceNl(FollowUp.Advice a) {
        return new FollowUpMarkdown(Texts.builtIn(), true).advice(a);
    }

    private String advice(FollowUp.Advice a) {
        return switch (a) {
            case NONE -> t.text("opvolging.advies.geen");
            case RECALIBRATE -> t.text("opvolging.advies.herkalibreren");
            case RETRAIN -> t.text("opvolging.advies.opnieuw_trainen");
            case NOT_DETERMINABLE -> t.text("opvolging.advies.niet_te_bepalen");
        };
    }

    private String stepName(FollowUp.StepName s) {
        return switch (s) {
            case OP_DE_LIJST -> t.text("opvolging.stap.op_de_lijst");
            case CONTACT -> t.text("opvolging.stap.contact");
            case HULP_AANGEBODEN -> t.text("opvolging.stap.hulp_aangeboden");
            case HULP_GEACCEPTEERD -> t.text("opvolging.stap.hulp_geaccepteerd");
        };
    }

    private String verdict(FollowUp.GroupStep g) {
        return switch (g.disparity().verdict()) {
            case BINNEN_BAND -> t.text("opvolging.oordeel.binnen");
            case BUITEN_BAND -> t.text("opvolging.oordeel.buiten");
            case NIET_TE_BEPALEN -> t.text("opvolging.oordeel.niet_te_bepalen");
        };
    }

    private String level(FollowUp.DriftLevel l) {
        return switch (l) {
            case STABLE -> t.text("opvolging.drift.stabiel");
            case MODERATE -> t.text("opvolging.drift.matig");
            case LARGE -> t.text("opvolging.drift.groot");
        };
    }

    private String count(int n) {
        return Disclosure.page(n, Disclosure.hidesCount(n));
    }

    private String rate(Rate r) {
        if (r.suppressed()) {
            return Disclosure.PAGE_MARK;
        }
        return dec(100 * r.value(), 1) + "% (" + dec(100 * r.lower(), 1) + "-" + dec(100 * r.upper(), 1) + "%)";
    }

    private String estimate(Estimate e) {
        if (e.suppressed() || Double.isNaN(e.value()) || Double.isNaN(e.lower()) || Double.isNaN(e.upper())) {
            return Disclosure.PAGE_MARK;
        }
        return dec(e.value(), 2) + " (" + dec(e.lower(), 2) + "-" + dec(e.upper(), 2) + ")";
    }

    /** "1 oktober 2025" in Dutch, ISO 8601 in English. */
    private String date(LocalDate d) {
        return dutch ? NlFormat.date(d) : d.toString();
    }

    /** A number with a fixed count of decimals: a decimal comma in Dutch, a point in English. */
    private String dec(double v, int decimals) {
        String s = NlFormat.fixed(v, decimals).toPlainString();
        return dutch ? s.replace('.', ',') : s;
    }
}
