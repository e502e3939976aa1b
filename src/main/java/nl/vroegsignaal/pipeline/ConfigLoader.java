package nl.vroegsignaal.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.YamlFile;
import nl.vroegsignaal.report.Texts;

/**
 * Reads the configuration: the built-in defaults ({@code nl/vroegsignaal/vroegsignaal.yaml}) with the keys of
 * the user's file laid over them, bound to {@link VroegsignaalConfig} and validated whole. Unknown keys, values
 * of the wrong type and values out of range are all collected and reported together, each with its path.
 */
public final class ConfigLoader {
    static final String DEFAULTS = "/nl/vroegsignaal/vroegsignaal.yaml";
    public static final String DEFAULTS_SOURCE = "built-in defaults";
    /** Blocks where the user's value replaces the default as a whole (an either-or, e.g. count or share). */
    private static final Set<String> REPLACED_WHOLE = Set.of("evaluate.capacity", "signal.capacity.leerplicht",
            "signal.capacity.rmc");

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

    private ConfigLoader() {
    }

    /** The built-in defaults. */
    public static LoadedConfig defaults() {
        return load(null);
    }

    /**
     * @param file the --config file, or null for the built-in defaults
     * @throws InputException with one located error per problem found
     */
    public static LoadedConfig load(Path file) {
        String source = file == null ? DEFAULTS_SOURCE : file.toString();
        JsonNode merged = readDefaults();
        if (file != null) {
            merged = merge((ObjectNode) merged, readUser(file), "");
        }
        List<String> bindingErrors = new ArrayList<>();
        VroegsignaalConfig config = bind(merged, bindingErrors, source);
        List<String> errors = new ArrayList<>(bindingErrors);
        Set<String> badPaths = bindingErrors.stream().map(e -> e.substring(0, e.indexOf(':')))
                .collect(Collectors.toSet());
        for (String e : config.validate()) {
            String path = e.substring(0, e.indexOf(':'));
            if (badPaths.stream().noneMatch(b -> path.equals(b) || b.startsWith(path + "[")
                    || path.startsWith(b + "[") || path.startsWith(b + "."))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors.stream().map(m -> new InputError(source, 0, null, m)).toList());
        }
        JsonNode resolved = YAML.valueToTree(config);
        Texts texts = Texts.builtIn();
        if (config.texts() != null) {
            // relative to the configuration file; the file's hash joins the configuration so that stages rerun
            Path textsFile = file.toAbsolutePath().getParent().resolve(config.texts()).normalize();
            texts = Texts.withOverrides(textsFile);
            ((ObjectNode) resolved).put("textsSha256", Hashing.sha256(textsFile));
        }
        String canonical;
        try {
            canonical = JSON.writeValueAsString(resolved);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new LoadedConfig(config, resolved, Hashing.sha256(canonical), source, texts);
    }

    private static JsonNode readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the built-in configuration " + DEFAULTS + " is missing from the jar");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the built-in configuration: " + e.getMessage(), e);
        }
    }

    private static JsonNode readUser(Path file) {
        String name = file.toString();
        JsonNode node = YamlFile.read(file, "a YAML configuration file");
        if (!node.isObject()) {
            throw new InputException(new InputError(name, 1, null, "must be a mapping of keys (configVersion, seed, "
                    + "train, evaluate, signal, run), not a " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return node;
    }

    /** The user's keys over the defaults: mappings merge key by key, everything else replaces. */
    private static ObjectNode merge(ObjectNode base, JsonNode over, String path) {
        ObjectNode out = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode mine = out.get(e.getKey());
            if (mine != null && mine.isObject() && e.getValue().isObject() && !REPLACED_WHOLE.contains(p)) {
                out.set(e.getKey(), merge((ObjectNode) mine, e.getValue(), p));
            } else {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /**
     * Binds the tree, collecting problems through the handler. A problem Jackson cannot hand to a handler (e.g.
     * 1.5 for a whole number) is recorded, its value removed, and binding tried again, so that all are found.
     */
    private static VroegsignaalConfig bind(JsonNode tree, List<String> errors, String source) {
        JsonNode work = tree.deepCopy();
        List<String> fatal = new ArrayList<>();
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> handled = new ArrayList<>();
            try {
                VroegsignaalConfig config = YAML.reader().withHandler(new Collector(handled))
                        .treeToValue(work, VroegsignaalConfig.class);
                errors.addAll(fatal);
                errors.addAll(handled);
                return config;
            } catch (JsonMappingException e) {
                List<JsonMappingException.Reference> refs = e.getPath();
                String path = refs.stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                        : "[" + r.getIndex() + "]").collect(Collectors.joining()).replaceFirst("^\\.", "");
                String what = e instanceof InvalidFormatException f && f.getTargetType() != null
                        ? Collector.expected(f.getTargetType()) + ", got " + f.getValue() : e.getOriginalMessage();
                fatal.add((path.isEmpty() ? "(top level)" : path) + ": " + what);
                if (refs.isEmpty() || !removeAt(work, refs)) {
                    errors.addAll(fatal);
                    throw new InputException(errors.stream().map(m -> new InputError(source, 0, null, m)).toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("configuration binding did not settle");
    }

    /** Replaces the value at the path by null; false when the path does not lead to a value. */
    private static boolean removeAt(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode parent = root;
        for (int i = 0; i < refs.size() - 1; i++) {
            JsonMappingException.Reference r = refs.get(i);
            parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = refs.get(refs.size() - 1);
        if (parent instanceof ObjectNode o && last.getFieldName() != null && o.has(last.getFieldName())) {
            o.putNull(last.getFieldName());
            return true;
        }
        if (parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a && last.getIndex() >= 0
                && last.getIndex() < a.size()) {
            a.set(last.getIndex(), com.fasterxml.jackson.databind.node.NullNode.getInstance());
            return true;
        }
        return false;
    }

    /** Records unknown keys and unreadable values with their path, and lets binding go on. */
    private static final class Collector extends DeserializationProblemHandler {
        private final List<String> errors;

        Collector(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deser,
                                             Object beanOrClass, String propertyName) throws IOException {
            Set<String> known = new java.util.TreeSet<>();
            deser.getKnownPropertyNames().forEach(n -> known.add(String.valueOf(n)));
            errors.add(path(p.getParsingContext()) + ": unknown key (known here: " + String.join(", ", known) + ")");
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            errors.add(path(ctxt.getParser().getParsingContext()) + ": " + expected(targetType) + ", got '" + value
                    + "'");
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            errors.add(path(ctxt.getParser().getParsingContext()) + ": " + expected(targetType) + ", got " + value);
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            String got = t == JsonToken.START_OBJECT ? "a mapping" : t == JsonToken.START_ARRAY ? "a list"
                    : "'" + p.getText() + "'";
            errors.add(path(p.getParsingContext()) + ": " + expected(targetType.getRawClass()) + ", got " + got);
            p.skipChildren();
            return null;
        }

        private static String expected(Class<?> type) {
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "must be a whole number";
            } else if (type == Double.class || type == double.class) {
                return "must be a number";
            } else if (type == Boolean.class || type == boolean.class) {
                return "must be true or false";
            } else if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(c -> yamlName((Enum<?>) c)).collect(Collectors.joining(", "));
            } else if (type == String.class) {
                return "must be text";
            } else if (List.class.isAssignableFrom(type)) {
                return "must be a list";
            }
            return "must be a mapping of keys";
        }

        private static String path(JsonStreamContext ctx) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
                if (c.inArray()) {
                    parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
                } else if (c.getCurrentName() != null) {
                    parts.add(0, "." + c.getCurrentName());
                }
            }
            String s = String.join("", parts);
            return s.startsWith(".") ? s.substring(1) : s;
        }
    }

    /** How a value of an enum is written in the YAML: its {@code @JsonProperty} name, else its lower-case name. */
    private static String yamlName(Enum<?> value) {
        try {
            com.fasterxml.jackson.annotation.JsonProperty p = value.getDeclaringClass().getField(value.name())
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return p != null ? p.value() : value.name().toLowerCase(java.util.Locale.ROOT);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
