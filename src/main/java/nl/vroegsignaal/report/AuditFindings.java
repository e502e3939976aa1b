package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.AttributeComposition;
import nl.vroegsignaal.fairness.Disparity;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.GroupComposition;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.ProtectedAttribute;
import nl.vroegsignaal.fairness.Verdict;

/**
 * The disparities the audit found: every ratio judged {@link Verdict#BUITEN_BAND}, leading with recall and the
 * false omission rate, then the selection rate and the rest ({@link nl.vroegsignaal.fairness.Metric} order), and
 * every group of the produced list that is over- or under-represented against its base rate. Each gets a place in
 * the report for the municipality's explanation and judgement.
 */
public final class AuditFindings {
    private AuditFindings() {
    }

    /** A group on the produced list whose count differs clearly from what its base rate would give. */
    public record ListFinding(GroupComposition group) {
    }

    public static List<Disparity> disparities(FairnessAudit audit) {
        List<Disparity> out = new ArrayList<>();
        for (AttributeAudit a : audit.attributes()) {
            for (Disparity d : a.disparities()) {
                if (d.verdict() == Verdict.BUITEN_BAND) {
                    out.add(d);
                }
            }
        }
        // stable sort: within a metric the attribute order, within that the group order of the audit
        out.sort(Comparator.comparingInt((Disparity d) -> d.metric().ordinal())
                .thenComparingInt(d -> d.group().attribute().ordinal()));
        return out;
    }

    public static List<GroupComposition> listGroups(ListComposition list) {
        List<GroupComposition> out = new ArrayList<>();
        for (AttributeComposition a : list.attributes()) {
            for (GroupComposition g : a.groups()) {
                if (g.verdictToBaseRate() == Verdict.BUITEN_BAND) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** "Bereik (recall): bij buiten Europa 0,45 keer zo hoog als bij Nederland (95%-interval 0,30 tot 0,70)." */
    public static String sentence(Disparity d) {
        return FairnessTexts.metricName(d.metric()) + ": bij " + FairnessTexts.groupName(d.group()) + " "
                + FairnessTexts.decimal(d.ratio().value(), 2) + " keer zo hoog als bij "
                + FairnessTexts.groupName(d.reference()) + " (95%-interval " + bounds(d.ratio().lower(),
                d.ratio().upper()) + ").";
    }

    /** "Op de lijst staan 31 jongeren uit buiten Europa; volgens hun uitval zou je er 18 verwachten (1,72 keer)." */
    public static String sentence(GroupComposition g) {
        return "Op de lijst staan " + FairnessTexts.count(g.onList()) + " jongeren uit de groep "
                + FairnessTexts.groupName(g.group()) + "; volgens de uitval in die groep zou je er ongeveer "
                + FairnessTexts.decimal(g.expectedByBaseRate().value(), 0) + " verwachten (" + FairnessTexts.decimal(
                g.ratioToBaseRate().value(), 2) + " keer zoveel, 95%-interval " + bounds(g.ratioToBaseRate().lower(),
                g.ratioToBaseRate().upper()) + ").";
    }

    private static String bounds(double lower, double upper) {
        return FairnessTexts.decimal(lower, 2) + " tot " + FairnessTexts.decimal(upper, 2);
    }

    /** The attributes in report order. */
    static List<ProtectedAttribute> attributes() {
        return List.of(ProtectedAttribute.values());
    }
}
