package nl.vroegsignaal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Json;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * The system card ({@code systeemkaart.yaml}) and model card ({@code modelkaart.yaml}) of the Dutch government's
 * Algorithm Management Toolkit reporting standard {@link #SCHEMA_VERSION}: the register-style texts, the AI Act
 * profile as far as the pipeline can know it (marked for the municipality to confirm), the measures this run
 * carried out with links to their outputs, and the model's metrics in the model card's {@code model_index}
 * layout. Only what the audit folder already shows: aggregates, suppressed as on the pages. No time stamp, so
 * the same run gives the same bytes.
 */
public final class SystemCard {
    public static final String FILE = "systeemkaart.yaml";
    public static final String MODEL_FILE = "modelkaart.yaml";
    public static final String SCHEMA_VERSION = "0.1a14";
    /** The label marking what only the municipality can confirm. */
    static final String CONFIRM = "te bevestigen door de gemeente";
    private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=([^,)]+)");

    private SystemCard() {
    }

    /** Writes both cards into {@code dir} (each atomically; the audit folder makes them appear together). */
    public static void write(AuditReport report, Path dir) {
        AtomicOutput.writeString(dir.resolve(FILE), AtomicOutput.Visibility.AGGREGATE, yaml(system(report)));
        AtomicOutput.writeString(dir.resolve(MODEL_FILE), AtomicOutput.Visibility.AGGREGATE, yaml(model(report)));
    }

    static String yaml(ObjectNode card) {
        try {
            return YAML.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write the AMT card: " + e.getOriginalMessage(), e);
        }
    }

    /** The system card, with the model card inside it. */
    public static ObjectNode system(AuditReport r) {
        AuditFacts f = r.facts();
        RegisterEntry e = r.registerEntry();
        ObjectNode c = Json.object();
        c.put("schema_version", SCHEMA_VERSION);
        c.put("name", "Vroegsignaal voortijdig schoolverlaten (" + f.modelName() + ")");
        owners(c.putArray("owners"), f);
        c.put("description", text(e, "description_short"));
        ObjectNode ai = c.putObject("ai_act_profile");
        ai.put("type", "AI-systeem");
        ai.put("open_source", "open-source");
        ai.put("risk_group", "hoog-risico AI");
        ai.put("transparency_obligations", "geen transparantieverplichting");
        ai.put("role", "gebruiksverantwoordelijke");
        ArrayNode measures = c.putArray("measures");
        measure(measures, "urn:nl:vroegsignaal:maatregel:bias-analyse", "uitgevoerd", "Fairness-audit (bias-analyse) "
                + "per " + String.join(", ", r.audit().singles().stream().map(ProtectedAttribute::name).toList())
                + " en hun combinaties op het testcohort, naast de verzuimregel: "
                + FairnessHtml.FILE);
        if (r.necessity().isPresent()) {
            measure(measures, "urn:nl:vroegsignaal:maatregel:noodzaak", "uitgevoerd", "Noodzaak en "
                    + "proportionaliteit: het model opnieuw getraind zonder elke bron uit het sociaal domein: "
                    + NecessityReport.HTML_FILE);
        } else {
            measure(measures, "urn:nl:vroegsignaal:maatregel:noodzaak", "niet uitgevoerd", "De noodzaaktoets hoort "
                    + "bij vroegsignaal run (" + NecessityReport.HTML_FILE + "); deze audit is zonder die toets gemaakt.");
        }
        measure(measures, "urn:nl:vroegsignaal:maatregel:monitoring", "niet uitgevoerd", "Monitoring na gebruik: er "
                + "is nog geen vervolgrapport (hoe het de jongeren op de lijst verging). " + FairnessTexts.toFill(
                "plan voor monitoring"));
        measure(measures, "urn:nl:vroegsignaal:maatregel:kleine-aantallen", "uitgevoerd", "Geen cijfer over minder "
                + "dan 10 personen is te zien of af te leiden (alle pagina's en bestanden).");
        ArrayNode labels = c.putArray("labels");
        label(labels, CONFIRM, "ai_act_profile (type, risk_group, transparency_obligations, role), owners, "
                + "legal_base: vroegsignaal vult in wat het weet; de gemeente bevestigt of verbetert het");
        label(labels, "ai_act_profile.role", "De gemeente gebruikt het systeem (gebruiksverantwoordelijke). Omdat zij "
                + "het model op eigen gegevens maakt, is zij mogelijk ook aanbieder.");
        label(labels, "ai_act_profile.risk_group", "Waarschijnlijk hoog risico (AI-verordening bijlage III, punt 3 "
                + "onderwijs of punt 5 toegang tot publieke diensten).");
        label(labels, "modelversie", f.provenance().getOrDefault("vroegsignaalVersion", "onbekend"));
        c.put("status", text(e, "status"));
        c.put("goal_and_impact", plain(text(e, "goal")));
        c.put("considerations", plain(text(e, "proportionality")));
        c.put("risk_management", plain(text(e, "risks")));
        c.put("human_intervention", plain(text(e, "human_intervention")));
        c.putArray("legal_base").addObject().put("name", FairnessTexts.toFill("wettelijke grondslag, bijvoorbeeld "
                + "Leerplichtwet 1969 en de RMC-functie"));
        c.put("used_data", plain(text(e, "source_data")));
        c.put("technical_design", "Soort model: " + f.modelTypeNl() + " (" + f.modelDescription() + "), gekalibreerd ("
                + f.calibration() + "). Getraind op eerdere schooljaren, getest op een later schooljaar. De lijst "
                + "bevat de jongeren met de hoogste kans, tot aan de capaciteit (" + f.capacityNl() + ").");
        c.putArray("external_providers").addObject().put("name", "vroegsignaal (open source, EUPL-1.2)")
                .put("version", f.provenance().getOrDefault("vroegsignaalVersion", "onbekend"));
        ArrayNode refs = c.putArray("references");
        refs.addObject().put("name", "Fairness-audit").put("link", FairnessHtml.FILE);
        refs.addObject().put("name", "Modelkaart").put("link", ModelCard.FILE);
        refs.addObject().put("name", "Algoritmeregister").put("link", RegisterEntry.JSON_FILE);
        r.necessity().ifPresent(n -> refs.addObject().put("name", "Noodzaak en proportionaliteit")
                .put("link", NecessityReport.HTML_FILE));
        c.putArray("hardware_requirements").add("Een computer met 2 processorkernen en 4 GB geheugen voor een stad; "
                + "Java 17.");
        c.putArray("user_interface").addObject().put("description", "Signaallijsten (HTML, CSV, JSON) voor "
                + "leerplicht en RMC; geen scherm om mee te werken.").put("link", "../signal/");
        c.putArray("models").add(model(r));
        return c;
    }

    /** The model card: licence, owners and one model_index entry with its parameters and metrics. */
    public static ObjectNode model(AuditReport r) {
        AuditFacts f = r.facts();
        ObjectNode c = Json.object();
        c.put("name", f.modelName());
        c.putArray("language").add("nl");
        c.putObject("license").put("license_name", "EUPL-1.2");
        c.putArray("tags").add("voortijdig schoolverlaten").add("vroegsignalering").add("leerplicht").add("RMC");
        owners(c.putArray("owners"), f);
        ObjectNode m = c.putArray("model_index").addObject();
        m.put("name", f.modelDescription());
        m.put("model", "../model/");
        m.putArray("artifacts").addObject().put("uri", "../model/model.tribuo")
                .put("content-type", "application/x-protobuf");
        ArrayNode parameters = m.putArray("parameters");
        Matcher p = PARAMETER.matcher(f.modelDescription());
        while (p.find()) {
            String v = p.group(2).strip();
            parameters.addObject().put("name", p.group(1)).put("dtype", v.matches("-?\\d+") ? "int"
                    : v.matches("-?[\\d.]+(E-?\\d+)?") ? "float" : "string").put("value", v);
        }
        parameters.addObject().put("name", "kalibratie").put("dtype", "string").put("value", f.calibration());
        ObjectNode result = m.putArray("results").addObject();
        result.putArray("task").addObject().put("type", "tabular-classification")
                .put("name", "Kans op voortijdig schoolverlaten binnen een jaar");
        ObjectNode data = result.putArray("datasets").addObject();
        data.put("type", "gegevens van de gemeente en DUO (gegevenscontract van vroegsignaal)");
        data.put("name", f.fromTable() ? "testrijen van de tabel" : "testcohort " + f.testPeildata());
        data.put("split", "test");
        ArrayNode features = data.putArray("features");
        for (FeatureDefinition d : f.features()) {
            features.add(d.descriptionNl());
        }
        ArrayNode metrics = result.putArray("metrics");
        for (AuditFacts.Headline h : f.evaluation()) {
            ObjectNode metric = metrics.addObject();
            metric.put("type", switch (h.key()) {
                case "precisie" -> "precision";
                case "bereik" -> "recall";
                case "aucPr" -> "average_precision";
                default -> "roc_auc";
            });
            metric.put("name", h.nameNl() + ", testcohort, lijst van " + f.testCapacity() + " jongeren");
            metric.put("dtype", "float");
            metric.put("value", round(h.value()));
            metric.putArray("labels").addObject().put("name", "95%-interval").put("type", "interval")
                    .put("dtype", "string").put("value", round(h.lower()) + " tot " + round(h.upper()));
        }
        for (ProtectedAttribute a : r.audit().singles()) {
            AttributeAudit audit = r.audit().attribute(a);
            for (GroupMetrics g : audit.groups()) {
                Rate recall = g.rates().get(Metric.RECALL);
                if (recall == null || recall.suppressed() || Double.isNaN(recall.value())) {
                    continue;
                }
                ObjectNode metric = metrics.addObject();
                metric.put("type", "recall");
                metric.put("name", "Bereik van de lijst onder de uitvallers met " + a.key() + " " + g.group().code()
                        + ", testcohort");
                metric.put("dtype", "float");
                metric.put("value", round(recall.value()));
                ArrayNode l = metric.putArray("labels");
                l.addObject().put("name", a.key()).put("type", "feature").put("dtype", "string")
                        .put("value", g.group().code());
                l.addObject().put("name", "95%-interval").put("type", "interval").put("dtype", "string")
                        .put("value", round(recall.lower()) + " tot " + round(recall.upper()));
            }
        }
        ObjectNode measurements = result.putObject("measurements");
        r.necessity().ifPresent(n -> {
            ObjectNode bars = measurements.putArray("bar_plots").addObject();
            bars.put("type", "necessity");
            bars.put("name", "Winst in precisie op de lijst per bron (met min zonder de bron; zie "
                    + NecessityReport.HTML_FILE + ")");
            ArrayNode results = bars.putArray("results");
            for (nl.vroegsignaal.model.Necessity.Source src : n.result().sources()) {
                if (!NecessityReport.hidesGain(n.result().full(), src.without())) {
                    results.addObject().put("name", src.leftOut().nameNl())
                            .put("value", round(src.gain().precision().value()));
                }
            }
        });
        return c;
    }

    private static void owners(ArrayNode owners, AuditFacts f) {
        owners.addObject().put("organization", f.organisation().orElse(FairnessTexts.toFill("naam van de gemeente")))
                .put("email", FairnessTexts.toFill("e-mailadres voor vragen over dit algoritme"));
    }

    private static void measure(ArrayNode measures, String urn, String state, String value) {
        measures.addObject().put("urn", urn).put("state", state).put("value", value).put("version",
                "vroegsignaal");
    }

    private static void label(ArrayNode labels, String name, String value) {
        labels.addObject().put("name", name).put("value", value);
    }

    private static String text(RegisterEntry e, String field) {
        Object v = e.fields().get(field);
        return v == null ? "" : v.toString();
    }

    /** A register field's HTML as plain text: every tag ends a line (paragraphs, list items), entities decoded. */
    static String plain(String html) {
        return nl.vroegsignaal.core.Html.unescape(html.replaceAll("<[^>]+>", "\n")).replaceAll("[ \\t]+", " ")
                .replaceAll(" *\\n[ \\n]*", "\n").strip();
    }

    private static double round(double v) {
        return new java.math.BigDecimal(v).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
