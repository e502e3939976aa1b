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
 *
 * <p>A broken header often holds data: with classic-Mac line ends (CR only) the whole file is one line, and a
 * lost line end after the header glues the first row onto it. So a message names at most
 * {@link #SHOWN_NAMES} unexpected columns, and only those that look like column names.
 */
final class HeaderCheck {
    static final int SHOWN_NAMES = 3;
    static final String CR_ONLY = "the line ends are CR only (classic Mac, as in Excel's \"CSV (Macintosh)\"): "
            + "save the file as \"CSV UTF-8\" with LF or CR LF line ends";
    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[a-z][a-z_]{0,31}");

    private HeaderCheck() {
    }

    /** Checks the header record the parser is on; false (with errors added) when the file cannot be read on. */
    static boolean check(SourceFile source, CsvParser parser, FieldReader fields, FileErrors errors) {
        long line = parser.line();
        String expected = String.join(", ", source.columns());
        if (parser.problem() != null) {
            errors.add(line, null, "header: " + (parser.fatal() && holdsCr(parser) ? CR_ONLY : parser.problem()));
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
        if (names.stream().anyMatch(n -> n.indexOf('\r') >= 0)) {
            errors.add(line, null, "header: " + CR_ONLY);
            return false;
        }
        if (lineEndLost(names, source.columns())) {
            errors.add(line, null, "header: has " + names.size() + " fields where " + source.columns().size()
                    + " are expected: the line end after the header seems to be missing; expected " + expected);
            return false;
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
            errors.add(line, null, "header: unexpected column" + plural(unexpected.size()) + " " + shownNames(unexpected)
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

    /**
     * At most {@link #SHOWN_NAMES} names that look like column names (lower-case letters and '_'), quoted; the
     * others are counted only, as they may be data (a pseudonym, a date, a number of hours).
     */
    static String shownNames(java.util.Collection<String> names) {
        List<String> shown = new ArrayList<>();
        for (String n : names) {
            if (shown.size() < SHOWN_NAMES && PLAIN_NAME.matcher(n).matches()) {
                shown.add("'" + n + "'");
            }
        }
        int hidden = names.size() - shown.size();
        String joined = String.join(", ", shown);
        if (hidden == 0) {
            return joined;
        }
        String why = "not shown, as they may be data";
        return shown.isEmpty() ? "(" + hidden + ", " + why + ")" : joined + " and " + hidden + " more (" + why + ")";
    }

    /** The contract's columns, the last one glued to more fields: the first row on the header's line. */
    private static boolean lineEndLost(List<String> names, List<String> columns) {
        int n = columns.size();
        return names.size() > n && names.subList(0, n - 1).equals(columns.subList(0, n - 1))
                && names.get(n - 1).startsWith(columns.get(n - 1)) && !names.get(n - 1).equals(columns.get(n - 1));
    }

    /** Whether the bytes buffered for an overlong first line hold a CR: then the line ends are CR only. */
    private static boolean holdsCr(CsvParser parser) {
        byte[] b = parser.bytes();
        for (byte c : b) {
            if (c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
