package nl.vroegsignaal.disclosure;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON encoding of a hidden figure: the field is {@code null} and beside it a field with the same name
 * plus {@link #SUFFIX} holds {@link Disclosure#REASON}. A null without that companion means "not defined"
 * (a ratio over zero), never "hidden". The value itself never appears, not as -1, NaN or "&lt;10".
 */
public final class DisclosureJson {
    /** Appended to a field's name for the reason it is hidden. */
    public static final String SUFFIX = "Afgeschermd";

    private DisclosureJson() {
    }

    /** Appended to a field's name for the note that it is rounded, or computed from rounded counts. */
    public static final String ROUNDED_SUFFIX = "Afgerond";

    /** Writes {@code fieldAfgerond: note} beside a shown field whose value is (computed from) a rounded count. */
    public static void markRounded(ObjectNode parent, String field, boolean isCount) {
        parent.put(field + ROUNDED_SUFFIX, isCount ? Disclosure.ROUNDED : Disclosure.FROM_ROUNDED);
    }

    /** Writes {@code field: null, fieldAfgeschermd: reason}. */
    public static void hide(ObjectNode parent, String field) {
        parent.putNull(field);
        parent.put(field + SUFFIX, Disclosure.REASON);
    }

    /** A count of persons: the number, or hidden when {@code hidden} or when it is under the minimum. */
    public static void count(ObjectNode parent, String field, long persons, boolean hidden) {
        if (hidden || Disclosure.hidesCount(persons)) {
            hide(parent, field);
        } else {
            parent.put(field, persons);
        }
    }

    /** True when {@code parent.field} was written by {@link #hide}. */
    public static boolean isHidden(ObjectNode parent, String field) {
        return parent.has(field + SUFFIX) && parent.get(field).isNull();
    }
}
