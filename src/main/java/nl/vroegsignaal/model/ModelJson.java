package nl.vroegsignaal.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.vroegsignaal.core.Json;

/** The saved model's files in the one JSON set-up of {@link Json}, every object's keys sorted. */
final class ModelJson {
    static final ObjectMapper MAPPER = Json.MAPPER;

    private ModelJson() {
    }

    static String write(Object value) {
        return Json.writeSorted(value, "a file of the saved model");
    }
}
