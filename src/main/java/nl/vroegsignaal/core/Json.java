package nl.vroegsignaal.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The one JSON set-up of every file vroegsignaal writes or reads: record properties and map entries in key
 * order, decimals never in exponent form, unknown properties refused on reading, and one layout
 * ({@code "key": value}, two-space indent, '\n' line ends on every platform, a final newline). Same content,
 * same bytes.
 *
 * <p>{@link #write} keeps trees ({@link ObjectNode}) and ordered maps in the order they were built, because the
 * report files are laid out for readers; {@link #writeSorted} and {@link #canonical} sort the keys of every
 * tree object and map, for files and hash keys that must not depend on the order code happened to put things.
 */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter PRETTY_SORTED = MAPPER.writer(new DefaultPrettyPrinter(Separators
            .createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENT).withArrayIndenter(INDENT)).with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);
    private static final ObjectWriter PRETTY = PRETTY_SORTED.without(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectWriter CANONICAL = MAPPER.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The value in the one layout, trees and maps in the order built; {@code what} names the document should Jackson fail. */
    public static String write(Object value, String what) {
        return render(PRETTY, value, what) + "\n";
    }

    /** As {@link #write}, with the keys of every tree object and map sorted. */
    public static String writeSorted(Object value, String what) {
        return render(PRETTY_SORTED, value, what) + "\n";
    }

    /** One line, keys sorted: the same content always gives the same string, for hashing. */
    public static String canonical(Object value) {
        return render(CANONICAL, value, "a hash key");
    }

    private static String render(ObjectWriter writer, Object value, String what) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write " + what + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
