package nl.vroegsignaal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.GroupComposition;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.ProxyReport;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * The entry for the Dutch Algoritmeregister (publication standard v1.0): every field the pipeline can fill, and a
 * marked request ({@link FairnessTexts#TO_FILL}) where only the municipality knows the answer (legal basis,
 * contact, DPIA and IAMA, supplier). Field names are the standard's; HTML fields use only its allowed tags
 * (p, ul, ol, li, br) without attributes and stay within their maximum length. Written as
 * {@code algoritmeregister.json} and, readable, {@code algoritmeregister.md}.
 *
 * @param fields   field name to value (String, or a list of groups as maps), in the standard's order
 * @param features the features with their full justification, for the readable version
 */
public record RegisterEntry(Map<String, Object> fields, List<FeatureDefinition> features) {
    public static final String JSON_FILE = "algoritmeregister.json";
    public static final String MARKDOWN_FILE = "algoritmeregister.md";
    /** Provenance key of the privacy officer's decision on what each signal list may show (a Dutch sentence). */
    public static final String LIST_VISIBILITY = "signaallijst.zichtbaarheid";
    static final int METHODS_MAX = 5000;
    static final int HTML_FIELD_MAX = 2500;
    /** At most this many findings are named in the risks field; the rest are counted (the field has a limit). */
    private static final int FINDINGS_NAMED = 4;


    /**
     * One block of a register HTML field, laid out by {@code registerveld.jte}: a paragraph (one text) or a list
     * (one text per item). The texts are HTML text without tags: variable parts escaped with
     * {@link nl.vroegsignaal.core.Html#escape} (the register's bytes predate the templates, and jte leaves
     * apostrophes unescaped in element text), program-authored sentences as they are.
     */
    public record Block(boolean list, List<String> texts) {
        public Block {
            texts = List.copyOf(texts);
        }

        static Block p(String text) {
            return new Block(false, List.of(text));
        }

        static Block ul(List<String> items) {
            return new Block(true, items);
        }
    }

    /** The HTML of one field: its blocks through {@code registerveld.jte}. */
    static String html(List<Block> blocks) {
        return Pages.render("registerveld.jte", Map.of("blocks", blocks));
    }

    static String html(Block... blocks) {
        return html(List.of(blocks));
    }

    public RegisterEntry {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        features = List.copyOf(features);
    }

    public static RegisterEntry build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies) {
        return build(f, audit, list, proxies, Optional.empty());
    }

    /** With a necessity report, the fields proportionality and risks carry its measured figures. */
    public static RegisterEntry build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                                      Optional<NecessityReport> necessity) {
        return build(f, audit, list, proxies, Texts.builtIn(), necessity);
    }

    /** With the configuration's texts: {@code register.*} in {@code teksten.yaml}, which a municipality may change. */
    public static RegisterEntry build(AuditFacts f, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                                      Texts t, Optional<NecessityReport> necessity) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", "Vroegsignaal voortijdig schoolverlaten");
        e.put("description_short", t.text("register.korte_beschrijving"));
        e.put("organization", f.organisation().orElse(FairnessTexts.toFill("naam van de gemeente")));
        e.put("category", List.of("Onderwijs en wetenschap"));
        e.put("status", "In ontwikkeling");
        e.put("contact_email", FairnessTexts.toFill("e-mailadres voor vragen over dit algoritme"));
        e.put("publication_category", "Impactvolle algoritmes");
        e.put("goal", html(Block.p(SignalHtml.esc(t.text("register.doel.tekst"))),
                Block.ul(List.of(SignalHtml.esc(t.text("register.doel.minder_uitval")),
                        SignalHtml.esc(t.text("register.doel.tijd"))))));
        e.put("proportionality", necessity.isPresent() ? proportionality(f, necessity.get())
                : html(Block.p(SignalHtml.esc(sensitiveDataNl(f))
                + " Het doel is hulp aanbieden, nooit straffen. De lijst is niet langer dan de "
                + "capaciteit (" + SignalHtml.esc(f.capacityNl()) + ")."), Block.p(WEIGHING)));
        List<String> human = new ArrayList<>(List.of(SignalHtml.esc(t.text("register.tussenkomst.geen_besluit")),
                SignalHtml.esc(t.text("register.tussenkomst.geen_sanctie")),
                SignalHtml.esc(t.text("register.tussenkomst.geen_reden"))));
        if (f.provenance().containsKey(LIST_VISIBILITY)) {
            human.add(SignalHtml.esc(f.provenance().get(LIST_VISIBILITY)));
        }
        e.put("human_intervention", html(Block.p(SignalHtml.esc(t.text("register.tussenkomst.tekst"))),
                Block.ul(human)));
        e.put("risks", risks(audit, list, proxies, necessity));
        e.put("lawful_basis", html(Block.p(FairnessTexts.toFill("wettelijke grondslag voor het verwerken en "
                + "koppelen van deze gegevens, bijvoorbeeld taken uit de Leerplichtwet 1969 en de RMC-functie; laat "
                + "dit toetsen door een jurist"))));
        List<Map<String, String>> tests = new ArrayList<>();
        tests.add(Map.of("title", "Fairness-audit (bias-analyse) van model " + f.modelName()
                + ": fairness.html bij dit model"));
        tests.add(Map.of("title", FairnessTexts.toFill("DPIA (gegevensbeschermingseffectbeoordeling) met link")));
        tests.add(Map.of("title", FairnessTexts.toFill("IAMA (impact assessment mensenrechten en algoritmes) met "
                + "link")));
        e.put("impacttoetsen_grouping", tests);
        e.put("impacttoetsen", html(Block.p("Bij elk model hoort een fairness-audit (" + FairnessTexts.BIAS_STEPS
                + "). Die meet per " + FairnessTexts.attributeNames(audit.singles(), "en") + " hoe goed het model "
                + "werkt en welke kenmerken samenhangen met " + FairnessTexts.attributeNames(audit.singles(), "of")
                + "."), Block.p(FairnessTexts.toFill("links naar de DPIA en de IAMA, en de "
                + "verklaring en het oordeel van de gemeente over de gevonden verschillen"))));
        e.put("source_data", sourceData(f, audit));
        e.put("methods_and_models", methods(f));
        e.put("provider", FairnessTexts.toFill("leverancier of eigen organisatie; de software is vroegsignaal, "
                + "open source"));
        e.put("lang", "nld");
        e.put("standard_version", "1.0");
        e.put("tags", "voortijdig schoolverlaten, leerplicht, RMC, vroegsignalering");
        return new RegisterEntry(e, f.features());
    }

    /**
     * The proportionality field from the necessity test: what each source adds, the model beside the absence rule
     * and larger teams, then the municipality's own weighing. Sentences are dropped from the end of the measured
     * part, never cut, when the field would outgrow its limit.
     */
    static String proportionality(AuditFacts f, NecessityReport n) {
        Texts t = Texts.builtIn();
        Block head = Block.p(SignalHtml.esc(sensitiveDataNl(f))
                + " Het doel is hulp aanbieden, nooit straffen. De lijst is niet langer dan de "
                + "capaciteit (" + SignalHtml.esc(f.capacityNl()) + "). Gemeten is wat elke bron toevoegt: het "
                + "model is opnieuw getraind zonder die bron (zie " + NecessityReport.HTML_FILE + ").");
        List<String> items = new ArrayList<>(n.conclusionsNl(t));
        items.addAll(n.relativeValueNl(t));
        while (true) {
            String h = html(head, Block.ul(items.stream().map(SignalHtml::esc).toList()), Block.p(WEIGHING));
            if (h.length() <= HTML_FIELD_MAX || items.isEmpty()) {
                return h;
            }
            items.remove(items.size() - 1);
        }
    }

    private static final String WEIGHING = FairnessTexts.toFill("afweging van proportionaliteit en "
            + "subsidiariteit: waarom dit nodig is en waarom het niet met minder gegevens kan");

    /** Which sensitive household data the model uses: the social-domain sources it was not trained without. */
    static String sensitiveDataNl(AuditFacts f) {
        List<String> missing = MissingSources.files(f.provenance());
        List<String> used = new ArrayList<>();
        for (String[] s : new String[][] {{"uitkeringen.csv", "uitkering"}, {"schuldhulp.csv", "schulden"},
            {"jeugdhulp.csv", "jeugdhulp"}}) {
            if (!missing.contains(s[0])) {
                used.add(s[1]);
            }
        }
        if (used.isEmpty()) {
            return "Het model gebruikt geen gegevens over uitkering, schulden of jeugdhulp van het huishouden.";
        }
        return "Het model gebruikt gevoelige gegevens (" + String.join(", ", used) + " van het huishouden).";
    }

    private static String risks(FairnessAudit audit, ListComposition list, ProxyReport proxies,
                                Optional<NecessityReport> necessity) {
        List<String> items = new ArrayList<>();
        List<String> found = FirstScreen.of(audit, proxies).modelFindings();
        items.addAll(found.subList(0, Math.min(FINDINGS_NAMED, found.size())));
        if (found.size() > FINDINGS_NAMED) {
            items.add("En " + (found.size() - FINDINGS_NAMED) + " andere bevindingen; zie het verslag van de audit.");
        }
        if (found.isEmpty()) {
            items.add("De audit vond geen verschil tussen groepen dat het model veroorzaakt of groter maakt.");
        }
        String or = FairnessTexts.attributeNames(audit.singles(), "of");
        items.add(proxies.flagged().isEmpty() ? "Geen kenmerk hangt sterk samen met " + or + "."
                : "Kenmerken die sterk samenhangen met " + or + ": " + String.join(", ", proxies.flagged()) + ".");
        necessity.ifPresent(n -> {
            List<String> weak = n.notContributingNl();
            items.add(weak.isEmpty() ? "Elke gekoppelde bron uit het sociaal domein draagt aantoonbaar bij aan "
                    + "de lijst." : "Gegevens die niet aantoonbaar bijdragen aan de lijst, maar wel gekoppeld "
                    + "worden: " + String.join("; ", weak) + ". Overweeg deze bronnen niet meer te koppelen.");
        });
        return html(Block.p("Het model kan groepen jongeren ongelijk behandelen: vaker onterecht op de lijst, of "
                + "juist vaker gemist. De fairness-audit meet dat op een schooljaar waarvan de uitkomst bekend is."),
                Block.ul(items.stream().map(SignalHtml::esc).toList()),
                Block.p(FairnessTexts.toFill("maatregelen tegen deze risico's")));
    }

    private static String sourceData(AuditFacts f, FairnessAudit audit) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.p("Gegevens van de gemeente en DUO over de jongere en het huishouden, gekoppeld op "
                + "pseudoniem (geen namen of BSN). Alleen wat de gemeente voor de peildatum wist."));
        Set<String> files = new LinkedHashSet<>();
        f.features().forEach(d -> java.util.Arrays.stream(d.source().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(files::add));
        blocks.add(Block.ul(files.stream().sorted()
                .map(file -> SignalHtml.esc(file) + ": " + SignalHtml.esc(fileNl(file))).toList()));
        MissingSources.nl(f.provenance()).ifPresent(m -> blocks.add(Block.p(SignalHtml.esc(m))));
        blocks.add(Block.p(SignalHtml.esc(FairnessTexts.attributeNamesCapitalised(audit.singles(), "en"))
                + " gaan niet in het model; alleen de fairness-audit leest ze."));
        String h = html(blocks);
        Set<String> citations = new LinkedHashSet<>();
        for (FeatureDefinition d : f.features()) {
            int at = d.justificationNl().indexOf("Bron: ");
            if (at >= 0) {
                citations.add(d.justificationNl().substring(at + "Bron: ".length()));
            }
        }
        String cited = html(Block.p("Waarom deze gegevens: de kenmerken steunen op"),
                Block.ul(citations.stream().map(SignalHtml::esc).toList()));
        return h.length() + cited.length() <= HTML_FIELD_MAX ? h + cited : h;
    }

    static String fileNl(String file) {
        return switch (file) {
            case "personen.csv" -> "geboortemaand en wijk";
            case "inschrijvingen.csv" -> "inschrijvingen op school (DUO)";
            case "diplomas.csv" -> "behaalde diploma's (DUO)";
            case "verzuim.csv" -> "verzuimmeldingen (verzuimregister)";
            case "uitkeringen.csv" -> "uitkeringen van het huishouden";
            case "jeugdhulp.csv" -> "jeugdhulp";
            case "schuldhulp.csv" -> "schuldhulp voor het huishouden";
            case "verhuizingen.csv" -> "verhuizingen (BRP)";
            default -> "gegevens van de gemeente";
        };
    }

    /**
     * The model and the features with their justification. The full justification of every feature fits the
     * field's limit for the current catalogue; if a catalogue ever outgrows it, each justification is cut to its
     * first sentence (the readable version keeps them whole).
     */
    private static String methods(AuditFacts f) {
        Block model = Block.p("Soort model: " + SignalHtml.esc(f.modelTypeNl()) + ". Het model leert van eerdere "
                + "schooljaren en wordt getest op een later schooljaar. De uitkomst is een kans; de lijst bevat de "
                + "jongeren met de hoogste kans, tot aan de capaciteit. Bij elk signaal staan tot drie redenen.");
        Block features = Block.p("Kenmerken en waarom ze gebruikt worden:");
        for (boolean whole : new boolean[] {true, false}) {
            List<String> items = new ArrayList<>();
            for (FeatureDefinition d : f.features()) {
                String reason = reasonOnly(d.justificationNl());
                items.add(SignalHtml.esc(d.name()) + ": " + SignalHtml.esc(whole ? reason : firstSentence(reason)));
            }
            String h = html(model, features, Block.ul(items));
            if (h.length() <= METHODS_MAX) {
                return h;
            }
        }
        return html(model, features, Block.p(String.join(", ",
                f.features().stream().map(d -> SignalHtml.esc(d.name())).toList())));
    }

    /** The justification without its citation, which {@code source_data} lists once per source. */
    static String reasonOnly(String justification) {
        int at = justification.indexOf(" Bron: ");
        return at < 0 ? justification : justification.substring(0, at);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    public void writeJson(Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE,
                ReportJson.render(sortedGroups(), "the register entry"));
    }

    /** Groups (Map.of) have no fixed order; write their fields as title, link. */
    private Map<String, Object> sortedGroups() {
        Map<String, Object> out = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Object o : l) {
                    Map<?, ?> m = (Map<?, ?>) o;
                    Map<String, Object> item = new LinkedHashMap<>();
                    for (String sub : List.of("title", "link")) {
                        if (m.containsKey(sub)) {
                            item.put(sub, m.get(sub));
                        }
                    }
                    items.add(item);
                }
                out.put(k, items);
            } else {
                out.put(k, v);
            }
        });
        return out;
    }

    public void writeMarkdown(Path file) {
        AtomicOutput.writeString(file, AtomicOutput.Visibility.AGGREGATE, markdown());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Algoritmeregister: ").append(Markdown.escape(fields.get("name").toString()))
                .append("\n\n")
                .append("Tekst voor het Algoritmeregister (publicatiestandaard 1.0), gemaakt door vroegsignaal. "
                        + "Vul alles aan wat begint met '").append(FairnessTexts.TO_FILL.strip())
                .append("'. De machineleesbare versie staat in ").append(JSON_FILE).append(".\n\n");
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            md.append("## ").append(label(e.getKey())).append(" (`").append(e.getKey()).append("`)\n\n");
            Object v = e.getValue();
            if (v instanceof List<?> l) {
                for (Object item : l) {
                    if (item instanceof Map<?, ?> m) {
                        md.append("- ").append(Markdown.escape(m.get("title").toString()));
                        if (m.get("link") != null) {
                            md.append(" (").append(Markdown.escape(m.get("link").toString())).append(')');
                        }
                        md.append('\n');
                    } else {
                        md.append("- ").append(Markdown.escape(item.toString())).append('\n');
                    }
                }
                md.append('\n');
            } else {
                md.append(plain(v.toString())).append("\n\n");
            }
        }
        md.append("## Alle kenmerken met hun volledige verantwoording\n\n");
        for (FeatureDefinition d : features) {
            md.append("- **").append(Markdown.escape(d.name())).append("** (").append(Markdown.escape(d.source()))
                    .append("): ").append(Markdown.escape(d.descriptionNl())).append(" Waarom: ")
                    .append(Markdown.escape(d.justificationNl())).append('\n');
        }
        return md.toString();
    }

    /**
     * The register's allowed HTML as Markdown: paragraphs, list items, line breaks; the text between the tags is
     * escaped ({@link Markdown#escape}), other tags are dropped. A field that is plain text (it does not begin
     * with a tag, such as the organisation) is escaped whole.
     */
    static String plain(String html) {
        if (!html.startsWith("<")) {
            return Markdown.escape(html);
        }
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            out.append(Markdown.escape(unescapeHtml(html.substring(at, tag.start()))));
            out.append(switch (tag.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "br", "ul", "/ul", "ol", "/ol", "/li", "/div" -> "\n";
                case "li" -> "- ";
                case "/p" -> "\n\n";
                default -> "";
            });
            at = tag.end();
        }
        out.append(Markdown.escape(unescapeHtml(html.substring(at))));
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<(/?[a-zA-Z0-9]+)[^>]*>");

    private static String unescapeHtml(String s) {
        return nl.vroegsignaal.core.Html.unescape(s);
    }

    private static String label(String field) {
        return switch (field) {
            case "name" -> "Naam";
            case "description_short" -> "Korte beschrijving";
            case "organization" -> "Organisatie";
            case "category" -> "Thema";
            case "status" -> "Status";
            case "contact_email" -> "Contact";
            case "publication_category" -> "Publicatiecategorie";
            case "goal" -> "Doel en impact";
            case "proportionality" -> "Afwegingen";
            case "human_intervention" -> "Menselijke tussenkomst";
            case "risks" -> "Risicobeheer";
            case "lawful_basis" -> "Wettelijke grondslag";
            case "impacttoetsen_grouping", "impacttoetsen" -> "Impacttoetsen";
            case "source_data" -> "Gegevens";
            case "methods_and_models" -> "Technische werking";
            case "provider" -> "Leverancier";
            case "lang" -> "Taal";
            case "standard_version" -> "Versie van de standaard";
            case "tags" -> "Trefwoorden";
            default -> field;
        };
    }
}
