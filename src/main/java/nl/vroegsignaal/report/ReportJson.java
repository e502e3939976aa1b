package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.vroegsignaal.core.Json;

/**
 * The JSON files people and systems read (signal list, fairness audit, register entry), in the one layout of
 * {@link Json}: fields in the order they are put, so the files read top-down.
 */
final class ReportJson {
    private ReportJson() {
    }

    static ObjectNode object() {
        return Json.object();
    }

    /** The value as JSON; {@code what} names the document in the error, should Jackson fail. */
    static String render(Object value, String what) {
        return Json.write(value, what);
    }
}
