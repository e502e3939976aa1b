package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.fairness.Cause;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.Figures;
import nl.vroegsignaal.fairness.Finding;
import nl.vroegsignaal.fairness.FindingMetric;
import nl.vroegsignaal.fairness.GroupKey;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.ProxyReport;
import nl.vroegsignaal.fairness.Ranking;

/**
 * The first screen of the fairness report, rendered from the audit's findings (the {@code findings} of
 * fairness.json): first, in order, only what the model causes or widens, one plain sentence each about what
 * happens to young people; then the differences that follow the dropout rates, as context; then what the privacy
 * officer must record.
 *
 * @param modelFindings one sentence per finding the model causes or widens, in the audit's order
 * @param practice      one sentence per difference today's practice causes and the model does not (single
 *                      attributes; the intersections are counted in the context)
 * @param context       a sentence per difference that follows the dropout rates or cannot be attributed, for
 *                      the single attributes and at most {@link #CONTEXT_SHOWN}, then a count of the rest
 * @param toRecord      what the officer writes down
 */
public record FirstScreen(List<String> modelFindings, List<String> practice, List<String> context,
                          List<String> toRecord) {
    /** Context sentences on the first screen; the rest are counted (all are in fairness.json). */
    static final int CONTEXT_SHOWN = 5;

    public FirstScreen {
        modelFindings = List.copyOf(modelFindings);
        practice = List.copyOf(practice);
        context = List.copyOf(context);
        toRecord = List.copyOf(toRecord);
    }

    public static FirstScreen of(AuditReport r) {
        return of(r.audit(), r.proxies());
    }

    public static FirstScreen of(FairnessAudit audit, ProxyReport proxies) {
        List<String> model = new ArrayList<>();
        List<String> practice = new ArrayList<>();
        List<String> context = new ArrayList<>();
        int more = 0;
        for (Finding f : audit.findings()) {
            boolean single = !f.attribute().isIntersection();
            if (f.causedByModel()) {
                model.add(sentence(f, audit));
            } else if (f.cause() == Cause.PRACTICE && single) {
                practice.add(sentence(f, audit));
            } else if (context.size() < CONTEXT_SHOWN && single) {
                context.add(sentence(f, audit));
            } else {
                more++;
            }
        }
        if (more > 0) {
            context.add("En " + more + (more == 1 ? " ander verschil" : " andere verschillen") + " van dezelfde soort, "
                    + "ook bij combinaties van " + FairnessTexts.attributeNames(audit.singles(), "en")
                    + "; zie de tabellen per groep.");
        }
        List<String> record = new ArrayList<>();
        if (model.isEmpty()) {
            record.add("Het model veroorzaakt of vergroot geen verschil tussen groepen dat deze audit kan aantonen. "
                    + "Leg vast dat u dit hebt gezien, en welke verschillen in de uitval u wel kent.");
        } else {
            record.add("Leg voor elk van de " + model.size() + (model.size() == 1 ? " bevinding" : " bevindingen")
                    + " hierboven vast waarom het verschil er is, of het aanvaardbaar is, en wat de gemeente doet "
                    + "(bijvoorbeeld een kenmerk weglaten, een andere capaciteit, of extra aandacht van de "
                    + "leerplichtambtenaar). Gebruik daarvoor de tabel 'Verklaring en oordeel van de gemeente'.");
        }
        if (!practice.isEmpty()) {
            record.add("Bespreek met leerplicht en de scholen waarom de huidige werkwijze "
                    + (practice.size() == 1 ? "deze groep" : "deze groepen") + " vaker of minder vaak op de lijst "
                    + "zet dan de uitval verklaart, bijvoorbeeld of verzuim bij een groep vaker wordt gemeld dan het "
                    + "gebeurt. Het model neemt dit verschil niet over.");
        }
        if (!proxies.flagged().isEmpty()) {
            record.add("Vraag de gegevensbeheerder waarom deze kenmerken samenhangen met "
                    + FairnessTexts.attributeNames(audit.singles(), "of") + ": "
                    + String.join(", ", proxies.flagged()) + ".");
        }
        record.add("Neem dit over in het algoritmeregister (velden over risico's en impacttoetsen).");
        return new FirstScreen(model, practice, context, record);
    }

    /** The fairness criterion the summary leads with, and why. */
    public static String criterion() {
        return "Waar kijken we eerst naar? Vroegsignaal is een aanbod van hulp. Het ergste wat het model kan doen, "
                + "is jongeren die hulp nodig hebben niet op de lijst zetten. Daarom kijken we eerst of het model het "
                + "risico van elke groep goed inschat, en of het de jongeren die uitvallen in elke groep even goed "
                + "vindt. Daarna kijken we of een groep vaker of minder vaak op de lijst staat dan past bij haar deel "
                + "van de uitval. Een groep met meer uitval staat vaker op de lijst: dat komt uit de wereld, niet uit "
                + "het model. Daarom zetten we naast elk cijfer van het model wat de wereld zelf geeft: de uitval in "
                + "de groep, de lijst van de huidige werkwijze (het verzuim) en, bij proefgegevens, een lijst op het "
                + "ware risico.";
    }

    static String sentence(Finding f, FairnessAudit audit) {
        String who = FairnessTexts.youngPeople(f.group());
        Figures m = f.model();
        return switch (f.metric()) {
            case CALIBRATION -> {
                GroupMetrics g = group(audit, f.group());
                GroupMetrics ref = group(audit, f.reference());
                yield "Het model schat het risico van " + who + " te " + (m.ratio().value() > 1 ? "laag" : "hoog")
                        + " in: verwacht " + per100(g.calibration().meanRisk()) + " op de 100, werkelijk "
                        + per100(g.calibration().observedRate().value()) + " op de 100. Bij "
                        + FairnessTexts.youngPeople(f.reference()) + " is dat verwacht "
                        + per100(ref.calibration().meanRisk()) + " en werkelijk "
                        + per100(ref.calibration().observedRate().value()) + ".";
            }
            case RECALL -> recall(f, who, m);
            case LIST_SHARE -> listShare(f, who, m);
            case SELECTION_RATE -> capitalised(who) + " staan " + times(m.ratio().value()) + " zo vaak op de lijst "
                    + "als " + FairnessTexts.youngPeople(f.reference()) + " (" + per100(m.group()) + " tegen "
                    + per100(m.reference()) + " op de 100)." + world(f, FindingMetric.SELECTION_RATE);
        };
    }

    private static String recall(Finding f, String who, Figures m) {
        String s = "Het model vindt " + per100(m.group()) + " van de 100 uitvallers bij " + who + ", en "
                + per100(m.reference()) + " van de 100 bij " + FairnessTexts.youngPeople(f.reference()) + ".";
        if (f.cause() == Cause.MODEL) {
            s = "Het model mist meer uitvallers bij " + who + ": het vindt er " + per100(m.group())
                    + " van de 100, bij " + FairnessTexts.youngPeople(f.reference()) + " " + per100(m.reference())
                    + " van de 100.";
        }
        return s + world(f, FindingMetric.RECALL);
    }

    private static String listShare(Finding f, String who, Figures m) {
        if (f.cause() == Cause.PRACTICE) {
            return practiceListShare(f, who, m);
        }
        String more = m.ratio().value() > 1 ? "vaker" : "minder vaak";
        if (f.cause() == Cause.MODEL) {
            more = f.excess().value() > 1 ? "vaker" : "minder vaak";
        }
        String s = capitalised(who) + " staan " + more + " op de lijst dan hun deel van de uitvallers verklaart: "
                + per100(m.group()) + " van de 100 plekken op de lijst, terwijl " + per100(m.reference())
                + " van de 100 uitvallers uit deze groep komen.";
        if (f.cause() == Cause.WORLD) {
            s = capitalised(who) + " hebben " + per100(m.group()) + " van de 100 plekken op de lijst en "
                    + per100(m.reference()) + " van de 100 uitvallers.";
        }
        return s + world(f, FindingMetric.LIST_SHARE);
    }

    /** Today's practice, not the model, puts the group on the list more or less often than the truth would. */
    private static String practiceListShare(Finding f, String who, Figures m) {
        Figures today = f.figures().get(Ranking.TODAY);
        Figures oracle = f.figures().get(Ranking.ORACLE);
        return "De huidige werkwijze (op verzuim) zet " + who + " " + (f.practice().value() > 1 ? "vaker"
                : "minder vaak") + " op de lijst dan hun deel van de uitvallers verklaart: " + per100(today.group())
                + " van de 100 plekken, terwijl " + per100(today.reference()) + " van de 100 uitvallers uit deze "
                + "groep komen. Een lijst op het ware risico geeft deze groep " + per100(oracle.group())
                + " van de 100 plekken, het model " + per100(m.group()) + ". Het model neemt dit verschil dus niet "
                + "over. Ga na of " + (f.practice().value() > 1 ? "verzuim bij deze groep vaker wordt gemeld dan "
                + "het gebeurt." : "verzuim bij deze groep minder vaak wordt gemeld dan het gebeurt.");
    }

    /** What the rankings without the model give, and what that means. */
    private static String world(Finding f, FindingMetric metric) {
        StringBuilder s = new StringBuilder();
        Figures oracle = f.figures().get(Ranking.ORACLE);
        Figures today = f.figures().get(Ranking.TODAY);
        if (oracle != null && !oracle.suppressed()) {
            s.append(' ').append(capitalised(worldSentence("Een lijst op het ware risico", oracle, metric)));
        }
        if (today != null && !today.suppressed()) {
            s.append(' ').append(worldSentence("De huidige werkwijze (op verzuim)", today, metric));
        }
        s.append(' ').append(switch (f.cause()) {
            case MODEL -> "Het model maakt dit verschil groter dan de wereld zelf geeft.";
            case WORLD -> "Dit verschil volgt uit de uitval in de groepen, niet uit het model.";
            case PRACTICE -> "De huidige werkwijze geeft dit verschil, het model niet.";
            case UNKNOWN -> "Er is geen lijst zonder het model om mee te vergelijken, dus we weten niet of dit "
                    + "verschil van het model komt.";
        });
        return s.toString();
    }

    private static String worldSentence(String who, Figures x, FindingMetric metric) {
        return switch (metric) {
            case RECALL -> who + " vindt " + per100(x.group()) + " tegen " + per100(x.reference()) + " van de 100.";
            case LIST_SHARE -> who + " geeft deze groep " + per100(x.group()) + " van de 100 plekken.";
            default -> who + " geeft " + per100(x.group()) + " tegen " + per100(x.reference()) + " op de 100.";
        };
    }

    private static GroupMetrics group(FairnessAudit audit, GroupKey key) {
        return audit.attribute(key.attribute()).groups().stream().filter(g -> g.group().equals(key)).findFirst()
                .orElseThrow();
    }

    private static String per100(Estimate e) {
        return per100(e.value());
    }

    private static String per100(double p) {
        return FairnessTexts.decimal(p * 100, 1);
    }

    private static String times(double ratio) {
        return FairnessTexts.decimal(ratio, 1) + " keer";
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
