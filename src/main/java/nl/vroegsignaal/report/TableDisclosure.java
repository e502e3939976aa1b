package nl.vroegsignaal.report;

import nl.vroegsignaal.disclosure.Disclosure;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The privacy rule ({@link Disclosure}: no figure about fewer than 10 persons) applied to Tablesaw tables, for
 * notebooks, so that a notebook never re-implements it: counts under 10 become "afgeschermd", and a rate is missing
 * when its numerator, its denominator or their difference is under 10.
 */
public final class TableDisclosure {
    private TableDisclosure() {
    }

    /** A copy with each named count column as text: the count, or "afgeschermd" (missing counts stay missing). */
    public static Table counts(Table table, String... countColumns) {
        Table out = table.copy();
        for (String name : countColumns) {
            NumericColumn<?> c = out.numberColumn(name);
            StringColumn shown = StringColumn.create(name);
            for (int r = 0; r < c.size(); r++) {
                if (c.isMissing(r)) {
                    shown.appendMissing();
                } else {
                    double n = c.getDouble(r);
                    shown.append(Disclosure.hidesCount(n) ? Disclosure.PAGE_MARK : String.valueOf((long) n));
                }
            }
            out.replaceColumn(name, shown);
        }
        return out;
    }

    /** A copy with a column {@code name} = numerator / denominator, missing where the rule hides it. */
    public static Table rate(Table table, String name, String numerator, String denominator) {
        Table out = table.copy();
        NumericColumn<?> num = out.numberColumn(numerator);
        NumericColumn<?> den = out.numberColumn(denominator);
        DoubleColumn rate = DoubleColumn.create(name);
        for (int r = 0; r < out.rowCount(); r++) {
            double k = num.getDouble(r);
            double n = den.getDouble(r);
            if (num.isMissing(r) || den.isMissing(r) || Disclosure.hidesRate(k, n)) {
                rate.appendMissing();
            } else {
                rate.append(k / n);
            }
        }
        return out.addColumns(rate);
    }
}
