package nl.vroegsignaal.report;

import java.util.List;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.fairness.Metric;
import nl.vroegsignaal.fairness.Rate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The fairness audit's group figures as a Tablesaw table, for notebooks: one row per group of every grouping,
 * with its persons and, per metric, the rate and its 95% interval. The audit suppressed them already (no figure
 * about fewer than {@code minCell} persons, nor one that gives such a figure away): a suppressed value is a
 * missing cell, never a number.
 */
public final class AuditTables {
    /** The metrics the table shows, in this order. */
    public static final List<Metric> METRICS = List.of(Metric.SELECTION_RATE, Metric.RECALL, Metric.PRECISION,
            Metric.FALSE_OMISSION_RATE, Metric.BASE_RATE);

    private AuditTables() {
    }

    /** Columns: grouping, group, persons, then {@code <metric>}, {@code <metric>_lower}, {@code <metric>_upper}. */
    public static Table groups(FairnessAudit audit) {
        StringColumn grouping = StringColumn.create("grouping");
        StringColumn group = StringColumn.create("group");
        IntColumn persons = IntColumn.create("persons");
        Table t = Table.create("fairness groups", grouping, group, persons);
        for (Metric m : METRICS) {
            String key = FairnessTexts.metricKey(m);
            t.addColumns(DoubleColumn.create(key), DoubleColumn.create(key + "_lower"),
                    DoubleColumn.create(key + "_upper"));
        }
        for (AttributeAudit a : audit.attributes()) {
            for (GroupMetrics g : a.groups()) {
                grouping.append(FairnessTexts.attributeName(a.attribute()));
                group.append(FairnessTexts.groupName(g.group()));
                if (g.persons().suppressed()) {
                    persons.appendMissing();
                } else {
                    persons.append(g.persons().value());
                }
                for (Metric m : METRICS) {
                    Rate r = g.rates().get(m);
                    String key = FairnessTexts.metricKey(m);
                    append(t.doubleColumn(key), r.suppressed() ? Double.NaN : r.value());
                    append(t.doubleColumn(key + "_lower"), r.suppressed() ? Double.NaN : r.lower());
                    append(t.doubleColumn(key + "_upper"), r.suppressed() ? Double.NaN : r.upper());
                }
            }
        }
        return t;
    }

    private static void append(DoubleColumn c, double v) {
        if (Double.isNaN(v)) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }
}
