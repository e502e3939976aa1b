package nl.vroegsignaal.report;

import nl.vroegsignaal.model.Comparison;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tables of the evaluation report as Tablesaw tables, for notebooks: the same cells, "afgeschermd" included. */
public final class EvaluationTables {
    private EvaluationTables() {
    }

    /** Every compared ranking at capacity: k, precision, the tie range, recall, lift and the oracle ratio. */
    public static Table atCapacity(Comparison comparison) {
        return table("at capacity", EvaluationHtml.atCapacity(comparison, null));
    }

    private static Table table(String name, HtmlTable html) {
        Table t = Table.create(name);
        for (int c = 0; c < html.header().size(); c++) {
            StringColumn column = StringColumn.create(html.header().get(c));
            for (HtmlTable.Row row : html.rows()) {
                column.append(row.cells().get(c));
            }
            t.addColumns(column);
        }
        return t;
    }
}
