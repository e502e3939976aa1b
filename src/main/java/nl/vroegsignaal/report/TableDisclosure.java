package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.disclosure.CountTable;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.disclosure.TableProtection;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The privacy rule ({@link Disclosure}: no figure about fewer than 10 persons, shown or worked out) for the
 * Tablesaw tables and charts of notebooks, so that a notebook never re-implements it: every count goes through the
 * same table protection as the reports ({@link TableProtection}: small entries hidden, and what would give them
 * back by adding or subtracting), and the figures the link report publishes are taken from the link report.
 */
public final class TableDisclosure {
    private TableDisclosure() {
    }

    /**
     * The link report's cohorts as a table, each count as the report shows it (the number, "afgeschermd" or
     * "n/a"): a notebook shows no figure the report hides.
     */
    public static Table cohorts(LinkReport report) {
        DateColumn date = DateColumn.create("peildatum");
        Map<String, StringColumn> columns = new LinkedHashMap<>();
        for (String c : List.of("population", "labelled", "censored", "unlabelledHorizon", "positives")) {
            columns.put(c, StringColumn.create(c));
        }
        for (LinkReport.Cohort c : report.cohorts()) {
            date.append(c.peildatum());
            columns.get("population").append(c.population().text());
            columns.get("labelled").append(c.labelled().text());
            columns.get("censored").append(c.censored().text());
            columns.get("unlabelledHorizon").append(c.unlabelledHorizon().text());
            columns.get("positives").append(c.positives().text());
        }
        Table t = Table.create("cohorts", date);
        columns.values().forEach(t::addColumns);
        return t;
    }

    /** A count of the link report's cohorts for a chart: the value, or NaN when the report hides it. */
    public static double[] chartValues(List<Cell> cells) {
        return cells.stream().mapToDouble(c -> c.shown() ? c.value() : Double.NaN).toArray();
    }

    /**
     * Persons per band of a histogram, protected as one table whose categories are the bands plus everyone
     * outside them, so that they add up to {@code total} (the cohort's size, which is published): a band is NaN
     * when it is under 10 or would give such a band back by subtraction.
     */
    public static double[] histogram(int[] bandPersons, int total) {
        int outside = total;
        for (int n : bandPersons) {
            outside -= n;
        }
        if (outside < 0) {
            throw new IllegalArgumentException("the bands hold " + (total - outside) + " persons, more than the "
                    + total + " in all");
        }
        int[] interior = java.util.Arrays.copyOf(bandPersons, bandPersons.length + 1);
        interior[bandPersons.length] = outside;
        CountTable table = CountTable.ofInterior(new int[] {interior.length}, interior);
        boolean[] hidden = TableProtection.protect(table, 1);
        double[] out = new double[bandPersons.length];
        for (int b = 0; b < out.length; b++) {
            out[b] = hidden[table.index(b)] ? Double.NaN : bandPersons[b];
        }
        return out;
    }

    /**
     * Per value of {@code groupColumn}: persons, those with outcome 1 in the 0/1 column {@code outcomeColumn}
     * (missing outcomes left out) and their rate, in one protected table group x outcome with its margins (the
     * totals are published elsewhere, in the link report): a count is "afgeschermd" when the rule hides it, and a
     * rate is missing unless its numerator, its denominator and their difference are all shown. Groups sorted by
     * name; a last row "totaal".
     */
    public static Table outcomeByGroup(Table rows, String groupColumn, String outcomeColumn) {
        StringColumn groupOf = rows.column(groupColumn).asStringColumn();
        NumericColumn<?> outcome = rows.numberColumn(outcomeColumn);
        java.util.TreeMap<String, int[]> counts = new java.util.TreeMap<>();
        for (int r = 0; r < rows.rowCount(); r++) {
            if (outcome.isMissing(r)) {
                continue;
            }
            int y = outcome.getDouble(r) == 1 ? 1 : 0;
            counts.computeIfAbsent(groupOf.get(r), g -> new int[2])[y]++;
        }
        List<String> groups = new ArrayList<>(counts.keySet());
        if (groups.isEmpty()) {
            return Table.create(rows.name(), StringColumn.create(groupColumn), StringColumn.create("persons"),
                    StringColumn.create("positives"), DoubleColumn.create("rate"));
        }
        int[] interior = new int[groups.size() * 2];
        for (int g = 0; g < groups.size(); g++) {
            interior[2 * g] = counts.get(groups.get(g))[0];
            interior[2 * g + 1] = counts.get(groups.get(g))[1];
        }
        CountTable table = CountTable.ofInterior(new int[] {groups.size(), 2}, interior);
        boolean[] hidden = TableProtection.protect(table, 1);
        StringColumn name = StringColumn.create(groupColumn);
        StringColumn persons = StringColumn.create("persons");
        StringColumn positives = StringColumn.create("positives");
        DoubleColumn rate = DoubleColumn.create("rate");
        for (int g = 0; g <= groups.size(); g++) {
            name.append(g < groups.size() ? groups.get(g) : "totaal");
            int all = table.index(g, 2);
            int pos = table.index(g, 1);
            int neg = table.index(g, 0);
            persons.append(hidden[all] ? Disclosure.PAGE_MARK : Integer.toString(table.get(all)));
            positives.append(hidden[pos] ? Disclosure.PAGE_MARK : Integer.toString(table.get(pos)));
            if (hidden[all] || hidden[pos] || hidden[neg] || table.get(all) == 0) {
                rate.appendMissing();
            } else {
                rate.append((double) table.get(pos) / table.get(all));
            }
        }
        return Table.create(rows.name(), name, persons, positives, rate);
    }
}
