package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.disclosure.Disclosure;
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
    public static void write(AuditReport r, Path dir) {
        AtomicOutput.writeString(dir.resolve(INSTRUCTIONS), AtomicOutput.Visibility.AGGREGATE, instructions(r));
        AtomicOutput.writeString(dir.resolve(FRIA), AtomicOutput.Visibility.AGGREGATE, fria(r));
        AtomicOutput.writeString(dir.resolve(INFORMATION), AtomicOutput.Visibility.AGGREGATE, information(r));
    }

    /** Instructions for use (AI Act art. 13 and 26): purpose, accuracy, limits per group, oversight, stopping. */
    public static String instructions(AuditReport r) {
        AuditFacts f = r.facts();
        Md md = new Md("Gebruiksinstructies: vroegsignaal voortijdig schoolverlaten");
        md.p("Voor leerplichtambtenaren, RMC-medewerkers en hun leidinggevenden. Model: " + f.modelName() + " ("
                + f.modelTypeNl() + "). Organisatie: " + f.organisation().orElse(FairnessTexts.toFill(
                "naam van de gemeente")) + ".");
        md.h("Waarvoor het systeem is");
        md.li("Eén keer per jaar een lijst van jongeren met de grootste kans dat zij zonder startkwalificatie van "
                + "school gaan. De lijst is zo lang als het team aankan (" + f.capacityNl() + ").");
        md.li("U gebruikt de lijst om jongeren eerder een gesprek of hulp aan te bieden.");
        md.h("Waarvoor het systeem niet is");
        md.li("Een signaal is geen besluit. Het systeem beslist niets over een jongere (AVG artikel 22).");
        md.li("Nooit voor sancties, boetes of handhaving. Niet voor besluiten over uitkeringen, jeugdhulp of schulden.");
        md.li("Niet voor een andere gemeente of doelgroep zonder nieuw model en nieuwe audit.");
        md.h("Hoe goed het werkt (gemeten op het laatste schooljaar waarvan de uitkomst bekend is)");
        if (f.evaluation().isEmpty()) {
            md.li("De cijfers zijn afgeschermd (minder dan 10 personen) of niet beschikbaar.");
        }
        for (AuditFacts.Headline h : f.evaluation()) {
            md.li(h.nameNl() + ": " + FairnessTexts.decimal(h.value(), 2) + " (95%-interval "
                    + FairnessTexts.decimal(h.lower(), 2) + " tot " + FairnessTexts.decimal(h.upper(), 2) + ").");
        }
        r.necessity().ifPresent(n -> n.relativeValueNl(Texts.builtIn()).forEach(md::li));
        md.h("Bekende grenzen per groep");
        md.p("Het bereik (het deel van de uitvallers dat op de lijst staat) per groep. Groepen met minder dan 10 "
                + "personen zijn afgeschermd. Zie fairness.html voor alle cijfers en wat het model veroorzaakt.");
        for (ProtectedAttribute a : r.audit().singles()) {
            for (GroupMetrics g : r.audit().attribute(a).groups()) {
                Rate recall = g.rates().get(Metric.RECALL);
                md.li(FairnessTexts.groupName(g.group()) + ": bereik " + (recall == null ? Disclosure.PAGE_MARK
                        : FairnessTexts.rate(recall)) + ".");
            }
        }
        List<String> found = FirstScreen.of(r.audit(), r.proxies()).modelFindings();
        md.li(found.isEmpty() ? "De audit vond geen verschil tussen groepen dat het model veroorzaakt of groter maakt."
                : "Wat het model veroorzaakt of groter maakt: " + String.join(" ", found));
        md.li("Het model kent alleen wat de gemeente vóór de peildatum wist. Wie net verhuisd is of nergens "
                + "geregistreerd staat, kan ontbreken.");
        md.h("Menselijk toezicht");
        md.li("Bekijk elk signaal met de redenen erbij. Praat met de jongere voordat u iets besluit.");
        md.li("U mag afwijken van de lijst: ken u een jongere die hulp nodig heeft maar niet op de lijst staat, help "
                + "die dan ook.");
        md.li("Meld fouten en klachten aan " + FairnessTexts.toFill("naam en e-mailadres van de verantwoordelijke")
                + ".");
        md.h("Hoe u het systeem stopt");
        md.li("Maak geen nieuwe lijst meer (voer vroegsignaal niet meer uit) en gebruik de laatste lijst niet meer.");
        md.li("Verwijder de lijsten en de gekoppelde bestanden volgens de bewaartermijn: "
                + FairnessTexts.toFill("bewaartermijn en wie verwijdert") + ".");
        md.li("Meld het stoppen aan de functionaris gegevensbescherming en pas het algoritmeregister aan.");
        return md.text();
    }

    /** The fundamental rights impact assessment of AI Act art. 27(1), items (a) to (f), pre-filled. */
    public static String fria(AuditReport r) {
        AuditFacts f = r.facts();
        Md md = new Md("Grondrechtentoets (AI-verordening artikel 27): vooringevuld");
        md.p("vroegsignaal vult in wat het uit deze run weet. Plaatsen met " + FairnessTexts.TO_FILL.strip()
                + " ...] kan alleen de gemeente invullen. Laat de toets vaststellen voordat de lijst gebruikt wordt.");
        md.h("a. Het proces waarin het systeem wordt gebruikt");
        md.p("Leerplicht en RMC krijgen één keer per jaar een lijst van jongeren met de grootste kans op voortijdig "
                + "schoolverlaten, met redenen per jongere. Een medewerker beoordeelt elk signaal en biedt zo nodig "
                + "een gesprek of hulp aan. " + FairnessTexts.toFill("hoe de lijst in uw werkproces past (team, "
                + "overleg, registratie)"));
        md.h("b. Periode en frequentie");
        md.p((f.fromTable() ? "Getest op " + f.heldOutNl() + ": " : "Eén lijst per jaar op de peildatum 1 oktober; "
                + "deze lijst: peildatum " + f.listPeildatum() + ", ") + f.listCapacity() + " signalen uit "
                + f.listPopulation() + " jongeren. "
                + FairnessTexts.toFill("de periode waarin de gemeente het systeem wil gebruiken"));
        md.h("c. Welke groepen personen het raakt");
        md.p("Jongeren van 12 tot en met 22 jaar zonder startkwalificatie die in de gemeente wonen en ingeschreven "
                + "staan, en hun huishoudens (van wie gegevens over uitkering, schulden en jeugdhulp worden "
                + "gebruikt). De fairness-audit keek naar " + FairnessTexts.attributeNames(r.audit().singles(), "en")
                + ". " + FairnessTexts.toFill(
                "andere groepen die u wilt noemen"));
        md.h("d. Risico's op schade voor deze groepen");
        for (String finding : FirstScreen.of(r.audit(), r.proxies()).modelFindings()) {
            md.li(finding);
        }
        String or = FairnessTexts.attributeNames(r.audit().singles(), "of");
        md.li(r.proxies().flagged().isEmpty() ? "Geen kenmerk hangt sterk samen met " + or + "."
                : "Er zijn kenmerken die sterk samenhangen met " + or + "; zie fairness.html.");
        r.necessity().ifPresent(n -> {
            List<String> weak = n.notContributingNl();
            if (!weak.isEmpty()) {
                md.li("Gegevens die niet aantoonbaar bijdragen maar wel gekoppeld worden: " + String.join("; ", weak)
                        + ". Koppelen zonder nut raakt de privacy van huishoudens.");
            }
        });
        md.li("Een signaal kan stigmatiseren als het buiten het hulpaanbod bekend wordt.");
        md.li(FairnessTexts.toFill("risico's die de gemeente zelf ziet"));
        md.h("e. Menselijk toezicht");
        md.li("Elk signaal wordt door een medewerker beoordeeld; het systeem beslist niets.");
        md.li("Geslacht, herkomst en wijk zijn nooit een reden op de lijst.");
        md.li("De privacy officer leest de fairness-audit en beslist wat een lijst mag tonen.");
        md.li(FairnessTexts.toFill("wie toezicht houdt, met naam of functie"));
        md.h("f. Maatregelen als risico's zich voordoen");
        md.li("Stop het gebruik van de lijst (zie de gebruiksinstructies) en laat de audit opnieuw uitvoeren.");
        md.li("Klachten en bezwaar: " + FairnessTexts.toFill("hoe jongeren en ouders bezwaar maken en klagen, en wie "
                + "dat afhandelt"));
        md.li(FairnessTexts.toFill("afspraken over bestuur, klachtafhandeling en herstel"));
        return md.text();
    }

    /** The information text for young people and parents (plain Dutch, B1). */
    public static String information(AuditReport r) {
        AuditFacts f = r.facts();
        Md md = new Md("Informatie voor jongeren en ouders: vroegsignaal");
        md.p(f.organisation().orElse(FairnessTexts.toFill("naam van de gemeente")) + " wil jongeren helpen die "
                + "misschien zonder diploma van school gaan. Daarom maakt de gemeente elk jaar een lijst van "
                + "jongeren die extra aandacht kunnen gebruiken.");
        md.h("Welke gegevens gebruiken we?");
        md.li("Gegevens over school: inschrijvingen, diploma's en verzuim.");
        md.li("Gegevens over het huishouden: of er een uitkering, schuldhulp of jeugdhulp is, en verhuizingen.");
        md.li("We gebruiken geen namen of BSN, maar een code. Geslacht en herkomst gebruiken we alleen om te "
                + "controleren of het systeem eerlijk is.");
        md.h("Waarom?");
        md.p("Hoe eerder we weten dat het moeilijk gaat, hoe eerder we hulp kunnen aanbieden.");
        md.h("Een signaal is geen besluit");
        md.p("Staat u op de lijst, dan neemt een leerplichtambtenaar of RMC-medewerker misschien contact op voor een "
                + "gesprek. U krijgt geen straf of boete door de lijst. Een mens kijkt altijd naar uw situatie.");
        md.h("Bezwaar maken of uw gegevens inzien");
        md.li("U mag vragen welke gegevens de gemeente over u gebruikt (inzage).");
        md.li("U mag bezwaar maken tegen het gebruik van uw gegevens.");
        md.li("Neem contact op met " + FairnessTexts.toFill("afdeling, e-mailadres of telefoonnummer") + ".");
        md.li("Vragen over privacy? De functionaris gegevensbescherming: " + FairnessTexts.toFill("contactgegevens")
                + ".");
        return md.text();
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
