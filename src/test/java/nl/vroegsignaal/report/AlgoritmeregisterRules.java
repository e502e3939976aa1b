package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an Algoritmeregister entry (field name to value: String, List of String, or List of Map for grouped
 * fields) against the publication standard v1.0 rules in {@code algoritmeregister-v1_0-rules.json}: required
 * fields present and non-empty, lengths (in characters, markup included), permitted values, HTML only with the
 * allowed tags and no attributes, no HTML at all where none is allowed, grouped items' subfields, and no fields
 * outside the standard. Returns every violation, each naming its field.
 */
public final class AlgoritmeregisterRules {
    static final String RESOURCE = "/nl/vroegsignaal/report/algoritmeregister-v1_0-rules.json";
    /** An opening or closing tag, a comment or a declaration: anything a browser would read as markup. */
    private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>|<!");

    /** One rule of the standard; {@code items} holds the subfield rules of a grouped array. */
    public record Rule(String field, String type, boolean required, Integer maxLength, List<String> permittedValues,
                       List<String> allowedHtmlTags, List<Rule> items) {
    }

    /** One broken rule: the field (with item index and subfield for grouped arrays) and what is wrong, in English. */
    public record Violation(String field, String message) {
    }

    private final List<Rule> rules;

    private AlgoritmeregisterRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AlgoritmeregisterRules load() {
        try (InputStream in = AlgoritmeregisterRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rules not on the classpath: " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Rule> rules = new ArrayList<>();
            for (JsonNode f : root.get("fields")) {
                rules.add(rule(f));
            }
            return new AlgoritmeregisterRules(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rule rule(JsonNode f) {
        List<Rule> items = new ArrayList<>();
        if (f.has("items")) {
            f.get("items").forEach(i -> items.add(rule(i)));
        }
        return new Rule(f.get("field").asText(), f.get("type").asText(), f.path("required").asBoolean(false),
                f.has("maxLength") ? f.get("maxLength").asInt() : null, strings(f.get("permittedValues")),
                strings(f.get("allowedHtmlTags")), items);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Violation> check(Map<String, ?> entry) {
        List<Violation> out = new ArrayList<>();
        checkFields(entry, rules, "", out);
        return out;
    }

    private static void checkFields(Map<String, ?> values, List<Rule> rules, String prefix, List<Violation> out) {
        Set<String> known = new LinkedHashSet<>();
        for (Rule r : rules) {
            known.add(r.field());
            checkField(r, values.get(r.field()), prefix + r.field(), out);
        }
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                out.add(new Violation(prefix + key, "is not a field of the standard v1.0"));
            }
        }
    }

    private static void checkField(Rule r, Object value, String name, List<Violation> out) {
        if (isEmpty(value)) {
            if (r.required()) {
                out.add(new Violation(name, "is required and missing or empty"));
            }
            return;
        }
        switch (r.type()) {
            case "string" -> {
                if (value instanceof String s) {
                    checkText(r, s, name, out);
                } else {
                    out.add(new Violation(name, "expected text, got " + kind(value)));
                }
            }
            case "enum" -> {
                if (!(value instanceof String s) || !r.permittedValues().contains(s)) {
                    out.add(new Violation(name, "'" + value + "' is not one of: " + String.join(", ",
                            r.permittedValues())));
                }
            }
            case "array" -> checkArray(r, value, name, out);
            default -> throw new IllegalStateException("unknown rule type " + r.type() + " for " + r.field());
        }
    }

    private static void checkArray(Rule r, Object value, String name, List<Violation> out) {
        if (!(value instanceof List<?> list)) {
            out.add(new Violation(name, "expected a list, got " + kind(value)));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemName = name + "[" + i + "]";
            if (!r.items().isEmpty()) {
                if (item instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> fields = (Map<String, ?>) map;
                    checkFields(fields, r.items(), itemName + ".", out);
                } else {
                    out.add(new Violation(itemName, "expected a group of fields, got " + kind(item)));
                }
            } else if (!r.permittedValues().isEmpty()) {
                if (!(item instanceof String s) || !r.permittedValues().contains(s)) {
                    out.add(new Violation(itemName, "'" + item + "' is not one of: " + String.join(", ",
                            r.permittedValues())));
                }
            } else if (item instanceof String s) {
                checkText(r, s, itemName, out);
            } else {
                out.add(new Violation(itemName, "expected text, got " + kind(item)));
            }
        }
    }

    private static void checkText(Rule r, String s, String name, List<Violation> out) {
        int length = s.codePointCount(0, s.length());
        if (r.maxLength() != null && length > r.maxLength()) {
            out.add(new Violation(name, "is " + length + " characters long; at most " + r.maxLength() + " allowed"));
        }
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            String tag = m.group(2);
            if (r.allowedHtmlTags().isEmpty()) {
                out.add(new Violation(name, "contains HTML (" + m.group() + "), which this field does not allow"));
                return;
            }
            if (tag == null || !r.allowedHtmlTags().contains(tag.toLowerCase(java.util.Locale.ROOT))) {
                out.add(new Violation(name, "HTML " + m.group() + " is not allowed; allowed tags: "
                        + String.join(", ", r.allowedHtmlTags())));
            } else if (!m.group(3).isBlank() && !m.group(3).trim().equals("/")) {
                out.add(new Violation(name, "HTML attributes are not allowed: " + m.group()));
            }
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }

    private static String kind(Object value) {
        return value instanceof Map ? "a group of fields" : value instanceof List ? "a list"
                : value.getClass().getSimpleName();
    }
}
