package nl.vroegsignaal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.ContactUitkomst;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.AuditInput;
import nl.vroegsignaal.fairness.AuditOptions;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.FairnessAuditor;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.link.ContactLogFile;

/**
 * Each step after a list, by group: who was put on the list (of the population), and of those on the list who was
 * contacted, offered help and accepted it. Every step is the fairness audit's selection rate in its own population
 * (the population, then the listed), so its group rates, disparity ratios with their bootstrap intervals, verdicts
 * against the tolerance band and disclosure rule are the audit's own. A privacy officer sees where in the chain a gap
 * appears: in the risk selection, or in the contact after it.
 */
final class StepAuditor {
    private StepAuditor() {
    }

    /** The steps at one peildatum, over all its lists with a filled contact log. */
    static FollowUp.StepAudit of(LocalDate peildatum, List<PastList> lists, FeatureMatrix m, AuditAttributes attributes,
                                 Outcomes at, AuditOptions options) {
        Map<Integer, ContactUitkomst.Step> reached = new HashMap<>();
        Map<Integer, Double> risk = new HashMap<>();
        for (PastList l : lists) {
            Map<String, ContactLogFile.Row> log = new HashMap<>();
            l.log().ifPresent(c -> c.rows().forEach(r -> log.put(r.pseudonym(), r)));
            for (PastList.Listed s : l.json().signalen()) {
                int row = at.row(s.pseudoniem());
                if (row < 0) {
                    continue;
                }
                ContactLogFile.Row r = log.get(s.pseudoniem());
                reached.put(row, r == null || r.outcome().isEmpty() ? ContactUitkomst.Step.LISTED
                        : r.outcome().get().reached());
                risk.put(row, s.risico().doubleValue());
            }
        }
        List<FollowUp.Step> steps = new ArrayList<>();
        int[] population = at.rows;
        boolean[] onList = new boolean[population.length];
        for (int i = 0; i < population.length; i++) {
            onList[i] = reached.containsKey(population[i]);
        }
        steps.add(step(FollowUp.StepName.OP_DE_LIJST, population, onList, m, attributes, options, null));
        int[] listed = reached.keySet().stream().sorted().mapToInt(Integer::intValue).toArray();
        for (FollowUp.StepName name : List.of(FollowUp.StepName.CONTACT, FollowUp.StepName.HULP_AANGEBODEN,
                FollowUp.StepName.HULP_GEACCEPTEERD)) {
            boolean[] got = new boolean[listed.length];
            for (int i = 0; i < listed.length; i++) {
                got[i] = reached.get(listed[i]).compareTo(name.step()) >= 0;
            }
            steps.add(step(name, listed, got, m, attributes, options, risk));
        }
        return new FollowUp.StepAudit(peildatum, listed.length, steps);
    }

    /**
     * One step as the audit's selection rate among {@code rows}. Where the newest input does not know a row's outcome
     * yet it counts as 0: only the selection rate is read, which does not depend on it.
     */
    private static FollowUp.Step step(FollowUp.StepName name, int[] rows, boolean[] selected, FeatureMatrix m,
                                      AuditAttributes attributes, AuditOptions options, Map<Integer, Double> risk) {
        double[] r = new double[rows.length];
        byte[] label = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            r[i] = risk == null ? 0.5 : risk.get(rows[i]);
            label[i] = m.label()[rows[i]] == 1 ? (byte) 1 : 0;
        }
        FairnessAudit audit = FairnessAuditor.audit(new AuditInput(r, label, selected, attributes.rows(rows)),
                options);
        List<FollowUp.GroupStep> groups = new ArrayList<>();
        for (AttributeAudit a : audit.attributes()) {
            for (GroupMetrics g : a.groups()) {
                Disparity d = a.disparities().stream().filter(x -> x.metric() == Metric.SELECTION_RATE
                        && x.group().equals(g.group())).findFirst().orElse(null);
                groups.add(new FollowUp.GroupStep(g.group(), g.rates().get(Metric.SELECTION_RATE),
                        g.group().equals(a.reference()), d));
            }
        }
        return new FollowUp.Step(name, audit.overall().rates().get(Metric.SELECTION_RATE), groups);
    }
}
