package nl.vroegsignaal.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.CsvParser;

/**
 * The header row must name exactly the contract's columns, in contract order. A column outside the contract
 * is refused, not ignored: the contract admits no free text, names or addresses.
 */
final class HeaderCheck {
    private HeaderCheck() {
    }

    /** Checks the header record the parser is on; false (with errors added) when the file cannot be read on. */
    static boolean check(SourceFile source, CsvParser parser, FieldReader fields, FileErrors errors) {
        long line = parser.line();
        String expected = String.join(", ", source.columns());
        if (parser.problem() != null) {
            errors.add(line, null, "header: " + parser.problem());
            return false;
        }
        if (parser.nonAscii() && fields.invalidUtf8Field() >= 0) {
            errors.add(line, null, "header: " + FieldReader.NOT_UTF8);
            return false;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parser.fieldCount(); i++) {
            names.add(fields.text(i));
        }
        if (names.equals(source.columns())) {
            return true;
        }
        if (names.size() == 1) {
            String delimiter = delimiterIn(names.get(0));
            if (delimiter != null) {
                errors.add(line, null, "wrong delimiter: expected ',' but the header is separated by " + delimiter);
                return false;
            }
            if (names.get(0).isEmpty()) {
                errors.add(line, null, "header: the first line is empty: expected the columns " + expected);
                return false;
            }
        }
        if (names.stream().noneMatch(source.columns()::contains)) {
            // Probably no header at all: the first line may be data, so none of it is repeated here.
            errors.add(line, null, "header: none of the expected columns " + expected
                    + " is in the first line (is the header row missing?)");
            return false;
        }
        List<String> missing = new ArrayList<>(source.columns());
        missing.removeAll(names);
        Set<String> unexpected = new LinkedHashSet<>(names);
        unexpected.removeAll(source.columns());
        Set<String> seen = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String n : names) {
            if (!seen.add(n) && source.columns().contains(n)) {
                repeated.add(n);
            }
        }
        if (!missing.isEmpty()) {
            errors.add(line, null, "header: missing column" + plural(missing.size()) + " " + String.join(", ", missing)
                    + "; expected " + expected);
        }
        if (!unexpected.isEmpty()) {
            List<String> shown = unexpected.stream().map(HeaderCheck::shownName).toList();
            errors.add(line, null, "header: unexpected column" + plural(shown.size()) + " " + String.join(", ", shown)
                    + "; the contract allows only " + expected + " (other columns are refused to protect privacy)");
        }
        if (!repeated.isEmpty()) {
            errors.add(line, null, "header: column" + plural(repeated.size()) + " " + String.join(", ", repeated)
                    + " appear" + (repeated.size() == 1 ? "s" : "") + " more than once");
        }
        if (missing.isEmpty() && unexpected.isEmpty() && repeated.isEmpty()) {
            errors.add(line, null, "header: columns are in the wrong order; expected " + expected);
        }
        return false;
    }

    private static String delimiterIn(String header) {
        if (header.indexOf(';') >= 0) {
            return "';'";
        }
        if (header.indexOf('\t') >= 0) {
            return "tabs";
        }
        if (header.indexOf('|') >= 0) {
            return "'|'";
        }
        return null;
    }

    private static String shownName(String name) {
        return ShownValues.quote(name).trim();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
