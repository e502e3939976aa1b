package nl.vroegsignaal.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table for the {@code table.jte} template: plain text cells (the template escapes them) and an optional
 * class per row.
 */
public record HtmlTable(List<String> header, List<Row> rows) {
    public HtmlTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One row; {@code cssClass} is empty for none. */
    public record Row(String cssClass, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Collects the rows of a table. */
    static final class Builder {
        private final List<String> header;
        private final List<Row> rows = new ArrayList<>();

        Builder(List<String> header) {
            this.header = header;
        }

        Builder row(String cssClass, List<String> cells) {
            rows.add(new Row(cssClass, cells));
            return this;
        }

        HtmlTable build() {
            return new HtmlTable(header, rows);
        }
    }
}
