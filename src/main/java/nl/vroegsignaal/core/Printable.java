package nl.vroegsignaal.core;

/**
 * Text made safe for one line of a terminal or log: control and format characters (ESC, NUL, CR, bidi
 * overrides, ...) are written as escapes, so that a value from a hostile file cannot move the cursor, clear
 * the screen or split one message into two lines.
 */
public final class Printable {
    private Printable() {
    }

    public static String escape(String s) {
        if (s == null || s.chars().allMatch(c -> !needsEscape(c))) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needsEscape(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
