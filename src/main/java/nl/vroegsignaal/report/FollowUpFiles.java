package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.core.AtomicFolder;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.followup.FollowUp;

/**
 * The follow-up's report: {@code opvolging.md} (Dutch, for the privacy officer and the team's manager) and
 * {@code opvolging.json} beside it, written together as one {@link AtomicFolder}. Aggregates only: every rate passed
 * the disclosure rule in the audit that made it, and a hidden one reads "afgeschermd".
 */
public final class FollowUpFiles {
    public static final String MARKDOWN = "opvolging.md";
    public static final String JSON = "opvolging.json";
    /** The same report in English, for data scientists. */
    public static final String ENGLISH = "followup.md";
    private static final AtomicFolder.Owner OWNER = AtomicFolder.onlyFiles(Set.of(MARKDOWN, JSON, ENGLISH));

    private FollowUpFiles() {
    }

    public static void checkTarget(Path dir, Path input) {
        AtomicFolder.checkTarget(dir, OWNER, "follow-up folder", input);
    }

    public static List<Path> write(FollowUp.Report report, Path dir) {
        AtomicFolder.write(dir, OWNER, "follow-up folder", staging -> {
            AtomicOutput.writeString(staging.resolve(MARKDOWN), AtomicOutput.Visibility.AGGREGATE,
                    FollowUpMarkdown.dutch(report, Texts.builtIn()));
            AtomicOutput.writeString(staging.resolve(ENGLISH), AtomicOutput.Visibility.AGGREGATE,
                    FollowUpMarkdown.english(report));
            AtomicOutput.writeString(staging.resolve(JSON), AtomicOutput.Visibility.AGGREGATE, json(report));
        });
        return List.of(dir.resolve(MARKDOWN), dir.resolve(ENGLISH), dir.resolve(JSON));
    }

    static String json(FollowUp.Report r) {
        ObjectNode root = ReportJson.object();
        root.put("soort", "vroegsignaal-opvolging");
        root.put("formaatversie", 1);
        ArrayNode back = root.putArray("terugblik");
        for (FollowUp.BackTest b : r.backTests()) {
            ObjectNode n = back.addObject();
            n.put("lijst", b.list());
            n.put("peildatum", b.peildatum().toString());
            n.put("capaciteit", b.capacity());
            n.put("beloofdePrecisie", NlFormat.fixed(b.promised(), 4));
            n.put("beloofdePrecisieBasis", b.promisedBasis());
            n.put("metUitkomst", b.withOutcome());
            rate(n.putObject("precisie"), b.precision());
            rate(n.putObject("recall"), b.recall());
            n.put("beloofdeBinnenInterval", b.promiseWithinInterval());
        }
        ArrayNode steps = root.putArray("stappen");
        for (FollowUp.StepAudit s : r.steps()) {
            ObjectNode n = steps.addObject();
            n.put("peildatum", s.peildatum().toString());
            ArrayNode list = n.putArray("stappen");
            for (FollowUp.Step step : s.steps()) {
                ObjectNode st = list.addObject();
                st.put("stap", step.name().name().toLowerCase(java.util.Locale.ROOT));
                rate(st.putObject("totaal"), step.overall());
                ArrayNode groups = st.putArray("groepen");
                for (FollowUp.GroupStep g : step.groups()) {
                    ObjectNode gn = groups.addObject();
                    gn.put("groep", g.group().toString());
                    rate(gn.putObject("aandeel"), g.rate());
                    gn.put("referentie", g.reference());
                    if (g.disparity() != null) {
                        estimate(gn.putObject("verhouding"), g.disparity().ratio());
                        gn.put("oordeel", g.disparity().verdict().name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            ArrayNode gaps = n.putArray("buitenBand");
            s.gaps().forEach(gaps::add);
        }
        ObjectNode drift = root.putObject("verschuiving");
        drift.put("peildatum", r.drift().peildatum().toString());
        ArrayNode ref = drift.putArray("vergelekenMet");
        r.drift().reference().forEach(d -> ref.add(d.toString()));
        ArrayNode sources = drift.putArray("bronnen");
        for (FollowUp.SourceDrift s : r.drift().sources()) {
            ObjectNode n = sources.addObject();
            n.put("bron", s.source());
            n.put("psi", NlFormat.fixed(s.psi(), 4));
            n.put("kenmerk", s.feature());
            n.put("niveau", s.level().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode features = drift.putArray("kenmerken");
        for (FollowUp.FeatureDrift f : r.drift().features()) {
            ObjectNode n = features.addObject();
            n.put("kenmerk", f.feature());
            n.put("bron", f.source());
            n.put("psi", NlFormat.fixed(f.psi(), 4));
            n.put("niveau", f.level().name().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode cohorts = root.putArray("cohorten");
        for (FollowUp.CohortFit c : r.cohorts()) {
            ObjectNode n = cohorts.addObject();
            n.put("peildatum", c.peildatum().toString());
            rate(n.putObject("uitval"), c.baseRate());
            n.put("gemiddeldRisico", NlFormat.fixed(c.meanRisk(), 4));
            estimate(n.putObject("waargenomenGedeeldDoorVerwacht"), c.observedToExpected());
            if (Double.isNaN(c.auc())) {
                n.putNull("auc");
            } else {
                n.put("auc", NlFormat.fixed(c.auc(), 4));
            }
        }
        FollowUp.Effect e = r.effect();
        ObjectNode effect = root.putObject("effect");
        effect.put("oordeel", e.verdict().name().toLowerCase(java.util.Locale.ROOT));
        effect.put("tekst", FollowUpMarkdown.effectStatement(e));
        effect.put("lijstenMetLoting", e.lists());
        if (e.verdict() != FollowUp.EffectVerdict.NO_STREAM) {
            rate(effect.putObject("gelootContact"), e.reachedLeft());
            rate(effect.putObject("gelootNietBereikt"), e.notReachedLeft());
            rate(effect.putObject("nietGeloot"), e.comparableLeft());
            if (!e.share().suppressed()) {
                effect.put("uitvalZonderContact", NlFormat.fixed(e.withoutContact(), 4));
            }
            estimate(effect.putObject("verschil"), e.difference());
            estimate(effect.putObject("aandeelLager"), e.share());
        }
        root.put("advies", r.advice().name().toLowerCase(java.util.Locale.ROOT));
        root.put("adviesTekst", FollowUpMarkdown.adviceNl(r.advice()));
        ObjectNode provenance = root.putObject("herkomst");
        r.provenance().forEach(provenance::put);
        return ReportJson.render(root, "the follow-up report");
    }

    private static void rate(ObjectNode n, Rate r) {
        n.put("afgeschermd", r.suppressed());
        if (!r.suppressed()) {
            n.put("waarde", NlFormat.fixed(r.value(), 4));
            n.put("onder", NlFormat.fixed(r.lower(), 4));
            n.put("boven", NlFormat.fixed(r.upper(), 4));
            n.put("teller", r.numerator().value());
            n.put("noemer", r.denominator().value());
        }
    }

    private static void estimate(ObjectNode n, Estimate e) {
        n.put("afgeschermd", e.suppressed());
        if (!e.suppressed() && !Double.isNaN(e.value()) && !Double.isNaN(e.lower()) && !Double.isNaN(e.upper())) {
            n.put("waarde", NlFormat.fixed(e.value(), 4));
            n.put("onder", NlFormat.fixed(e.lower(), 4));
            n.put("boven", NlFormat.fixed(e.upper(), 4));
        }
    }
}
