package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.Rate;

/**
 * The AI Act deployer pack, in Dutch, from the run's own figures: instructions for use ({@link #INSTRUCTIONS}), a
 * pre-filled fundamental rights impact assessment with the six items of Art. 27(1) ({@link #FRIA}), and an
 * information text for young people and parents ({@link #INFORMATION}). What only the municipality knows is
 * marked {@link FairnessTexts#TO_FILL}. Aggregates only, suppressed as on the audit's pages.
 */
public final class DeployerPack {
    public static final String INSTRUCTIONS = "gebruiksinstructies.md";
    public static final String FRIA = "grondrechtentoets.md";
    public static final String INFORMATION = "informatie-jongeren-en-ouders.md";
    public static final List<String> FILES = List.of(INSTRUCTIONS, FRIA, INFORMATION);

    private DeployerPack() {
    }

    /** Writes the three files into {@code dir} (each atomically; the audit folder makes them appear together). */
    public static void write(AuditReport r, Path dir, Texts t) {
        AtomicOutput.writeString(dir.resolve(INSTRUCTIONS), AtomicOutput.Visibility.AGGREGATE, instructions(r, t));
        AtomicOutput.writeString(dir.resolve(FRIA), AtomicOutput.Visibility.AGGREGATE, fria(r, t));
        AtomicOutput.writeString(dir.resolve(INFORMATION), AtomicOutput.Visibility.AGGREGATE, information(r, t));
    }

    /** Instructions for use (AI Act art. 13 and 26): purpose, accuracy, limits per group, oversight, stopping. */
    public static String instructions(AuditReport r, Texts t) {
        AuditFacts f = r.facts();
        Md md = new Md(t.text("gebruiksinstructies.titel"));
        md.p(t.text("gebruiksinstructies.inleiding", "model", f.modelName(), "soort", f.modelTypeNl(),
                "organisatie", organisation(f, t)));
        md.h(t.text("gebruiksinstructies.waarvoor.kop"));
        md.li(t.text("gebruiksinstructies.waarvoor.lijst", "capaciteit", f.capacityNl()));
        md.li(t.text("gebruiksinstructies.waarvoor.gebruik"));
        md.h(t.text("gebruiksinstructies.niet.kop"));
        md.li(t.text("gebruiksinstructies.niet.besluit"));
        md.li(t.text("gebruiksinstructies.niet.sancties"));
        md.li(t.text("gebruiksinstructies.niet.ander"));
        md.h(t.text("gebruiksinstructies.hoe_goed.kop"));
        if (f.evaluation().isEmpty()) {
            md.li(t.text("gebruiksinstructies.hoe_goed.afgeschermd"));
        }
        for (AuditFacts.Headline h : f.evaluation()) {
            md.li(t.text("gebruiksinstructies.hoe_goed.maat", "naam", h.nameNl(),
                    "waarde", FairnessTexts.decimal(h.value(), 2), "van", FairnessTexts.decimal(h.lower(), 2),
                    "tot", FairnessTexts.decimal(h.upper(), 2)));
        }
        r.necessity().ifPresent(n -> n.relativeValueNl(t).forEach(md::li));
        md.h(t.text("gebruiksinstructies.grenzen.kop"));
        md.p(t.text("gebruiksinstructies.grenzen.tekst"));
        for (ProtectedAttribute a : r.audit().singles()) {
            for (GroupMetrics g : r.audit().attribute(a).groups()) {
                Rate recall = g.rates().get(Metric.RECALL);
                md.li(t.text("gebruiksinstructies.grenzen.bereik", "groep", FairnessTexts.groupName(g.group()),
                        "waarde", recall == null ? Disclosure.PAGE_MARK : FairnessTexts.rate(recall)));
            }
        }
        List<String> found = FirstScreen.of(r, t).modelFindings();
        md.li(found.isEmpty() ? t.text("modelkaart.analyses.geen_bevinding")
                : t.text("gebruiksinstructies.grenzen.bevindingen", "bevindingen", String.join(" ", found)));
        md.li(t.text("gebruiksinstructies.grenzen.peildatum"));
        md.h(t.text("gebruiksinstructies.toezicht.kop"));
        md.li(t.text("gebruiksinstructies.toezicht.bekijk"));
        md.li(t.text("gebruiksinstructies.toezicht.afwijken"));
        md.li(t.text("gebruiksinstructies.toezicht.melden", "wie",
                FairnessTexts.toFill(t.text("gebruiksinstructies.toezicht.melden_invullen"))));
        md.h(t.text("gebruiksinstructies.stoppen.kop"));
        md.li(t.text("gebruiksinstructies.stoppen.geen_lijst"));
        md.li(t.text("gebruiksinstructies.stoppen.verwijderen", "bewaartermijn",
                FairnessTexts.toFill(t.text("gebruiksinstructies.stoppen.bewaartermijn_invullen"))));
        md.li(t.text("gebruiksinstructies.stoppen.melden"));
        return md.text();
    }

    /** The fundamental rights impact assessment of AI Act art. 27(1), items (a) to (f), pre-filled. */
    public static String fria(AuditReport r, Texts t) {
        AuditFacts f = r.facts();
        Md md = new Md(t.text("grondrechtentoets.titel"));
        md.p(t.text("grondrechtentoets.inleiding", "markering", FairnessTexts.TO_FILL.strip()));
        md.h(t.text("grondrechtentoets.proces.kop"));
        md.p(t.text("grondrechtentoets.proces.tekst", "invullen",
                FairnessTexts.toFill(t.text("grondrechtentoets.proces.invullen"))));
        md.h(t.text("grondrechtentoets.periode.kop"));
        String period = FairnessTexts.toFill(t.text("grondrechtentoets.periode.invullen"));
        md.p(f.fromTable() ? t.text("grondrechtentoets.periode.tabel", "getest", f.heldOutNl(),
                "signalen", f.listCapacity(), "jongeren", f.listPopulation(), "invullen", period)
                : t.text("grondrechtentoets.periode.lijst", "peildatum", NlFormat.dayAndMonth(Peildatum.of(2000)),
                "lijst_peildatum", f.listPeildatum(), "signalen", f.listCapacity(), "jongeren", f.listPopulation(),
                "invullen", period));
        md.h(t.text("grondrechtentoets.groepen.kop"));
        md.p(t.text("grondrechtentoets.groepen.tekst", "leeftijd_van", Peildatum.MIN_AGE,
                "leeftijd_tot", Peildatum.MAX_AGE, "beschermd", FairnessTexts.attributeNames(r.audit().singles(), "en"),
                "invullen", FairnessTexts.toFill(t.text("grondrechtentoets.groepen.invullen"))));
        md.h(t.text("grondrechtentoets.risico.kop"));
        for (String finding : FirstScreen.of(r, t).modelFindings()) {
            md.li(finding);
        }
        String or = FairnessTexts.attributeNames(r.audit().singles(), "of");
        md.li(r.proxies().flagged().isEmpty() ? t.text("modelkaart.analyses.geen_proxy", "beschermd", or)
                : t.text("grondrechtentoets.risico.proxies", "beschermd", or));
        r.necessity().ifPresent(n -> {
            List<String> weak = n.notContributingNl();
            if (!weak.isEmpty()) {
                md.li(t.text("grondrechtentoets.risico.zwakke_bronnen", "bronnen", String.join("; ", weak)));
            }
        });
        md.li(t.text("grondrechtentoets.risico.stigma"));
        md.li(FairnessTexts.toFill(t.text("grondrechtentoets.risico.invullen")));
        md.h(t.text("grondrechtentoets.toezicht.kop"));
        md.li(t.text("grondrechtentoets.toezicht.beoordeeld"));
        md.li(t.text("register.tussenkomst.geen_reden"));
        md.li(t.text("grondrechtentoets.toezicht.privacy"));
        md.li(FairnessTexts.toFill(t.text("grondrechtentoets.toezicht.invullen")));
        md.h(t.text("grondrechtentoets.maatregelen.kop"));
        md.li(t.text("grondrechtentoets.maatregelen.stop"));
        md.li(t.text("grondrechtentoets.maatregelen.klachten", "invullen",
                FairnessTexts.toFill(t.text("grondrechtentoets.maatregelen.klachten_invullen"))));
        md.li(FairnessTexts.toFill(t.text("grondrechtentoets.maatregelen.invullen")));
        return md.text();
    }

    /** The information text for young people and parents (plain Dutch, B1). */
    public static String information(AuditReport r, Texts t) {
        Md md = new Md(t.text("informatie.titel"));
        md.p(t.text("informatie.inleiding", "organisatie", organisation(r.facts(), t)));
        md.h(t.text("informatie.gegevens.kop"));
        md.li(t.text("informatie.gegevens.school"));
        md.li(t.text("informatie.gegevens.huishouden"));
        md.li(t.text("informatie.gegevens.code"));
        md.h(t.text("informatie.waarom.kop"));
        md.p(t.text("informatie.waarom.tekst"));
        md.h(t.text("informatie.besluit.kop"));
        md.p(t.text("informatie.besluit.tekst"));
        md.h(t.text("informatie.bezwaar.kop"));
        md.li(t.text("informatie.bezwaar.inzage"));
        md.li(t.text("informatie.bezwaar.bezwaar"));
        md.li(t.text("informatie.bezwaar.contact", "wie",
                FairnessTexts.toFill(t.text("informatie.bezwaar.contact_invullen"))));
        md.li(t.text("informatie.bezwaar.privacy", "wie",
                FairnessTexts.toFill(t.text("informatie.bezwaar.privacy_invullen"))));
        return md.text();
    }

    private static String organisation(AuditFacts f, Texts t) {
        return f.organisation().orElse(FairnessTexts.toFill(t.text("modelkaart.modelgegevens.organisatie_invullen")));
    }

    /** A small Markdown builder: title, headings, paragraphs and bullets, escaped. */
    private static final class Md {
        private final StringBuilder sb = new StringBuilder();
        private boolean inList;

        Md(String title) {
            sb.append("# ").append(Markdown.escape(title)).append("\n\n");
        }

        void h(String heading) {
            endList();
            sb.append("## ").append(Markdown.escape(heading)).append("\n\n");
        }

        void p(String text) {
            endList();
            sb.append(Markdown.escape(text)).append("\n\n");
        }

        void li(String text) {
            inList = true;
            sb.append("- ").append(Markdown.escape(text)).append('\n');
        }

        private void endList() {
            if (inList) {
                sb.append('\n');
                inList = false;
            }
        }

        String text() {
            endList();
            return sb.toString().stripTrailing() + "\n";
        }
    }
}
