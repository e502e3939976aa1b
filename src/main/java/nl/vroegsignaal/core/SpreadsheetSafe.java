package nl.vroegsignaal.core;

import java.util.regex.Pattern;

/**
 * CSV cells that cannot start a spreadsheet formula ("CSV injection"): a cell beginning with {@code = + - @},
 * a tab or a CR is a formula to Excel and LibreOffice unless it is a plain number. Such a cell gets a leading
 * apostrophe, the spreadsheets' own mark for text (not shown in the cell). Readers of files this program wrote
 * drop the mark with {@link #unguard}.
 */
public final class SpreadsheetSafe {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SpreadsheetSafe() {
    }

    public static String guard(String cell) {
        return startsFormula(cell) ? "'" + cell : cell;
    }

    /** The cell as it was before {@link #guard}. */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !PLAIN_NUMBER.matcher(cell).matches();
    }
}
