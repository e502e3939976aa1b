package nl.vroegsignaal.report;

/**
 * Text placed into a Markdown output as text: a value such as {@code --organisatie} or a model name cannot add
 * a heading, a list, emphasis, a link ({@code [x](javascript:...)}), an autolink or raw HTML. The characters
 * that build those are backslash-escaped (CommonMark renders an escaped punctuation character as itself), and
 * line breaks become spaces, so that nothing can start a line of its own. Parentheses, '!' and '#' inside a
 * line are left alone: without an unescaped ']' or a line start they build nothing, and Dutch prose keeps them.
 */
public final class Markdown {
    /** Characters with Markdown meaning anywhere in a line (CommonMark and GitHub's tables and strikethrough). */
    private static final String INLINE = "\\`*_[]<>|~&";
    /** Characters that start a list, heading, rule or quote when they begin a line. */
    private static final String LINE_START = "-+=#";

    private Markdown() {
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                sb.append(' ');
            } else if (INLINE.indexOf(c) >= 0 || i == 0 && LINE_START.indexOf(c) >= 0 || orderedListMark(text, i)) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The '.' or ')' of "12." or "3)" at the start: an ordered list. */
    private static boolean orderedListMark(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ')') && i > 0 && text.substring(0, i).chars().allMatch(Character::isDigit);
    }
}
