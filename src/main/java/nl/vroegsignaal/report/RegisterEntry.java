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
 * @param texts    the texts it was written with ({@code register.*}), for the readable version's headings
 */
public record RegisterEntry(Map<String, Object> fields, List<FeatureDefinition> features, Texts texts) {
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

    public static RegisterEntry build(AuditFacts f, FairnessAudit audit, ProxyReport proxies) {
        return build(f, audit, proxies, Optional.empty());
    }

    /** With a necessity report, the fields proportionality and risks carry its measured figures. */
    public static RegisterEntry build(AuditFacts f, FairnessAudit audit, ProxyReport proxies,
                                      Optional<NecessityReport> necessity) {
        return build(f, audit, proxies, Texts.builtIn(), necessity);
    }

    /** With the configuration's texts: {@code register.*} in {@code teksten.yaml}, which a municipality may change. */
    public static RegisterEntry build(AuditFacts f, FairnessAudit audit, ProxyReport proxies,
                                      Texts t, Optional<NecessityReport> necessity) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", t.text("register.naam"));
        e.put("description_short", t.text("register.korte_beschrijving"));
        e.put("organization", f.organisation().orElse(FairnessTexts.toFill(t.text("modelkaart.modelgegevens.organisatie_invullen"))));
        e.put("category", List.of(t.text("register.thema")));
        e.put("status", t.text("register.status"));
        e.put("contact_email", FairnessTexts.toFill(t.text("register.in_te_vullen.contact")));
        e.put("publication_category", t.text("register.publicatiecategorie"));
        e.put("goal", html(Block.p(SignalHtml.esc(t.text("register.doel.tekst"))),
                Block.ul(List.of(SignalHtml.esc(t.text("register.doel.minder_uitval")),
                        SignalHtml.esc(t.text("register.doel.tijd"))))));
        e.put("proportionality", necessity.isPresent() ? proportionality(f, necessity.get(), t)
                : html(Block.p(SignalHtml.esc(sensitiveDataNl(f, t) + " " + purpose(f, t))), weighing(t)));
        List<String> human = new ArrayList<>(List.of(SignalHtml.esc(t.text("register.tussenkomst.geen_besluit")),
                SignalHtml.esc(t.text("register.tussenkomst.geen_sanctie")),
                SignalHtml.esc(t.text("register.tussenkomst.geen_reden"))));
        if (f.provenance().containsKey(LIST_VISIBILITY)) {
            human.add(SignalHtml.esc(f.provenance().get(LIST_VISIBILITY)));
        }
        e.put("human_intervention", html(Block.p(SignalHtml.esc(t.text("register.tussenkomst.tekst"))),
                Block.ul(human)));
        e.put("risks", risks(audit, proxies, necessity, t));
        e.put("lawful_basis", html(toFill(t.text("register.in_te_vullen.grondslag"))));
        List<Map<String, String>> tests = new ArrayList<>();
        tests.add(Map.of("title", t.text("register.toetsen.audit", "model", f.modelName())));
        tests.add(Map.of("title", FairnessTexts.toFill(t.text("register.in_te_vullen.dpia"))));
        tests.add(Map.of("title", FairnessTexts.toFill(t.text("register.in_te_vullen.iama"))));
        e.put("impacttoetsen_grouping", tests);
        e.put("impacttoetsen", html(Block.p(SignalHtml.esc(t.text("register.toetsen.tekst",
                "stappen", FairnessTexts.biasSteps(t), "groepen", FairnessTexts.attributeNames(audit.singles(), "en"),
                "beschermd", FairnessTexts.attributeNames(audit.singles(), "of")))),
                toFill(t.text("register.in_te_vullen.toetsen"))));
        e.put("source_data", sourceData(f, audit, t));
        e.put("methods_and_models", methods(f, t));
        e.put("provider", FairnessTexts.toFill(t.text("register.in_te_vullen.leverancier")));
        e.put("lang", "nld");
        e.put("standard_version", "1.0");
        e.put("tags", t.text("register.trefwoorden"));
        return new RegisterEntry(e, f.features(), t);
    }

    /** A paragraph asking the municipality to fill something in. */
    private static Block toFill(String what) {
        return Block.p(SignalHtml.esc(FairnessTexts.toFill(what)));
    }

    private static Block weighing(Texts t) {
        return toFill(t.text("register.in_te_vullen.afweging"));
    }

    private static String purpose(AuditFacts f, Texts t) {
        return t.text("register.afwegingen.doel", "capaciteit", f.capacityNl());
    }

    /**
     * The proportionality field from the necessity test: what each source adds, the model beside the absence rule
     * and larger teams, then the municipality's own weighing. Sentences are dropped from the end of the measured
     * part, never cut, when the field would outgrow its limit.
     */
    static String proportionality(AuditFacts f, NecessityReport n, Texts t) {
        Block head = Block.p(SignalHtml.esc(sensitiveDataNl(f, t) + " " + purpose(f, t) + " "
                + t.text("register.afwegingen.gemeten", "bestand", NecessityReport.HTML_FILE)));
        List<String> items = new ArrayList<>(n.conclusionsNl(t));
        items.addAll(n.relativeValueNl(t));
        while (true) {
            String h = html(head, Block.ul(items.stream().map(SignalHtml::esc).toList()), weighing(t));
            if (h.length() <= HTML_FIELD_MAX || items.isEmpty()) {
                return h;
            }
            items.remove(items.size() - 1);
        }
    }

    /** Which sensitive household data the model uses: the social-domain sources it was not trained without. */
    static String sensitiveDataNl(AuditFacts f, Texts t) {
        List<String> missing = MissingSources.files(f.provenance());
        List<String> used = new ArrayList<>();
        for (String[] s : new String[][] {{"uitkeringen.csv", t.text("register.afwegingen.uitkering")},
            {"schuldhulp.csv", t.text("register.afwegingen.schulden")},
            {"jeugdhulp.csv", t.text("register.afwegingen.jeugdhulp")}}) {
            if (!missing.contains(s[0])) {
                used.add(s[1]);
            }
        }
        return used.isEmpty() ? t.text("register.afwegingen.niet_gevoelig")
                : t.text("register.afwegingen.gevoelig", "gegevens", String.join(", ", used));
    }

    private static String risks(FairnessAudit audit, ProxyReport proxies, Optional<NecessityReport> necessity,
                                Texts t) {
        List<String> items = new ArrayList<>();
        List<String> found = FirstScreen.of(audit, proxies, t).modelFindings();
        items.addAll(found.subList(0, Math.min(FINDINGS_NAMED, found.size())));
        if (found.size() > FINDINGS_NAMED) {
            items.add(t.text("register.risico.meer", "aantal", found.size() - FINDINGS_NAMED));
        }
        if (found.isEmpty()) {
            items.add(t.text("modelkaart.analyses.geen_bevinding"));
        }
        String or = FairnessTexts.attributeNames(audit.singles(), "of");
        items.add(proxies.flagged().isEmpty() ? t.text("modelkaart.analyses.geen_proxy", "beschermd", or)
                : t.text("modelkaart.analyses.proxies", "beschermd", or, "kenmerken",
                String.join(", ", proxies.flagged())));
        necessity.ifPresent(n -> {
            List<String> weak = n.notContributingNl();
            items.add(weak.isEmpty() ? t.text("register.risico.alle_bronnen")
                    : t.text("register.risico.zwakke_bronnen", "bronnen", String.join("; ", weak)));
        });
        return html(Block.p(SignalHtml.esc(t.text("register.risico.tekst"))),
                Block.ul(items.stream().map(SignalHtml::esc).toList()),
                toFill(t.text("register.in_te_vullen.maatregelen")));
    }

    private static String sourceData(AuditFacts f, FairnessAudit audit, Texts t) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.p(SignalHtml.esc(t.text("register.gegevens.tekst"))));
        Set<String> files = new LinkedHashSet<>();
        f.features().forEach(d -> java.util.Arrays.stream(d.source().split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(files::add));
        blocks.add(Block.ul(files.stream().sorted()
                .map(file -> SignalHtml.esc(file) + ": " + SignalHtml.esc(fileNl(file, t))).toList()));
        MissingSources.nl(f.provenance(), t).ifPresent(m -> blocks.add(Block.p(SignalHtml.esc(m))));
        blocks.add(Block.p(SignalHtml.esc(t.text("register.gegevens.beschermd", "beschermd",
                FairnessTexts.attributeNamesCapitalised(audit.singles(), "en")))));
        String h = html(blocks);
        Set<String> citations = new LinkedHashSet<>();
        for (FeatureDefinition d : f.features()) {
            int at = d.justificationNl().indexOf("Bron: ");
            if (at >= 0) {
                citations.add(d.justificationNl().substring(at + "Bron: ".length()));
            }
        }
        String cited = html(Block.p(SignalHtml.esc(t.text("register.gegevens.waarom"))),
                Block.ul(citations.stream().map(SignalHtml::esc).toList()));
        return h.length() + cited.length() <= HTML_FIELD_MAX ? h + cited : h;
    }

    /** What an input file holds, in a few plain words ({@code register.bestand.*}). */
    static String fileNl(String file, Texts t) {
        return switch (file) {
            case "personen.csv" -> t.text("register.bestand.personen");
            case "inschrijvingen.csv" -> t.text("register.bestand.inschrijvingen");
            case "diplomas.csv" -> t.text("register.bestand.diplomas");
            case "verzuim.csv" -> t.text("register.bestand.verzuim");
            case "uitkeringen.csv" -> t.text("register.bestand.uitkeringen");
            case "jeugdhulp.csv" -> t.text("register.bestand.jeugdhulp");
            case "schuldhulp.csv" -> t.text("register.bestand.schuldhulp");
            case "verhuizingen.csv" -> t.text("register.bestand.verhuizingen");
            default -> t.text("register.bestand.anders");
        };
    }

    /**
     * The model and the features with their justification. The full justification of every feature fits the
     * field's limit for the current catalogue; if a catalogue ever outgrows it, each justification is cut to its
     * first sentence (the readable version keeps them whole).
     */
    private static String methods(AuditFacts f, Texts t) {
        Block model = Block.p(SignalHtml.esc(t.text("register.werking.model", "soort", f.modelTypeNl())));
        Block features = Block.p(SignalHtml.esc(t.text("register.werking.kenmerken")));
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
        StringBuilder md = new StringBuilder("# ").append(Markdown.escape(texts.text("register.leesbaar.kop",
                        "naam", fields.get("name")))).append("\n\n")
                .append(texts.text("register.leesbaar.inleiding", "markering", FairnessTexts.TO_FILL.strip(),
                        "bestand", JSON_FILE)).append("\n\n");
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            md.append("## ").append(label(e.getKey(), texts)).append(" (`").append(e.getKey()).append("`)\n\n");
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
        md.append("## ").append(texts.text("register.leesbaar.alle_kenmerken")).append("\n\n");
        for (FeatureDefinition d : features) {
            md.append("- **").append(Markdown.escape(d.name())).append("** (").append(Markdown.escape(d.source()))
                    .append("): ").append(Markdown.escape(d.descriptionNl())).append(' ')
                    .append(texts.text("register.leesbaar.waarom")).append(' ')
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

    /** A field's Dutch heading ({@code register.veld.*}). */
    private static String label(String field, Texts t) {
        return switch (field) {
            case "name" -> t.text("register.veld.name");
            case "description_short" -> t.text("register.veld.description_short");
            case "organization" -> t.text("register.veld.organization");
            case "category" -> t.text("register.veld.category");
            case "status" -> t.text("register.veld.status");
            case "contact_email" -> t.text("register.veld.contact_email");
            case "publication_category" -> t.text("register.veld.publication_category");
            case "goal" -> t.text("register.veld.goal");
            case "proportionality" -> t.text("register.veld.proportionality");
            case "human_intervention" -> t.text("register.veld.human_intervention");
            case "risks" -> t.text("register.veld.risks");
            case "lawful_basis" -> t.text("register.veld.lawful_basis");
            case "impacttoetsen_grouping", "impacttoetsen" -> t.text("register.veld.impacttoetsen");
            case "source_data" -> t.text("register.veld.source_data");
            case "methods_and_models" -> t.text("register.veld.methods_and_models");
            case "provider" -> t.text("register.veld.provider");
            case "lang" -> t.text("register.veld.lang");
            case "standard_version" -> t.text("register.veld.standard_version");
            case "tags" -> t.text("register.veld.tags");
            default -> field;
        };
    }
}
