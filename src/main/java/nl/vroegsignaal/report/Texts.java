package nl.vroegsignaal.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;

/**
 * The Dutch texts of the pages, by key ({@code modelkaart.gebruik.tekst}), from the built-in
 * {@code nl/vroegsignaal/report/teksten.yaml}, optionally with a municipality's own file laid over it (the
 * configuration's {@code texts:} key). A text may hold named places such as {@code {capaciteit}} that the
 * program fills in; see {@code src/site/texts.md}. An override file may change any text, but may not add keys
 * or places the program does not know: those are errors with file and line, so a typo never goes unnoticed.
 */
public final class Texts {
    static final String BUILT_IN = "/nl/vroegsignaal/report/teksten.yaml";
    /** English texts of the pages for data scientists, under the same keys as their Dutch ones. */
    static final String ENGLISH = "/nl/vroegsignaal/report/texts-en.yaml";
    private static final Pattern PLACE = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Texts BUILT_IN_TEXTS = new Texts(readBuiltIn(BUILT_IN));
    private static final Texts ENGLISH_TEXTS = new Texts(readBuiltIn(ENGLISH));

    private final Map<String, String> texts;

    private Texts(Map<String, String> texts) {
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The texts that ship with vroegsignaal. */
    public static Texts builtIn() {
        return BUILT_IN_TEXTS;
    }

    /**
     * The English texts of the pages that also exist in English (the follow-up report's {@code followup.md}), under
     * the keys of their Dutch texts; not changeable from the configuration (they are for data scientists).
     */
    public static Texts english() {
        return ENGLISH_TEXTS;
    }

    /**
     * The built-in texts with the file's texts over them.
     *
     * @throws InputException naming file and line for every unknown key, unknown place or non-text value
     */
    public static Texts withOverrides(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputError(name, 0, null, "not found: expected a YAML file of texts "
                    + "(keys as in the built-in teksten.yaml)"));
        }
        List<InputError> errors = new ArrayList<>();
        Map<String, Located> own;
        try (InputStream in = Files.newInputStream(file)) {
            own = read(in, name, errors);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + ": " + e.getMessage(), e);
        }
        Map<String, String> merged = new LinkedHashMap<>(BUILT_IN_TEXTS.texts);
        own.forEach((key, text) -> {
            String original = merged.get(key);
            if (original == null) {
                errors.add(new InputError(name, text.line(), null, "unknown text key " + key
                        + " (the keys are those of the built-in teksten.yaml, see src/site/texts.md)"));
                return;
            }
            Set<String> allowed = places(original);
            for (String place : places(text.text())) {
                if (!allowed.contains(place)) {
                    errors.add(new InputError(name, text.line(), null, key + ": unknown place {" + place + "}"
                            + (allowed.isEmpty() ? " (this text has none)" : " (known here: "
                            + String.join(", ", allowed) + ")")));
                }
            }
            merged.put(key, text.text());
        });
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new Texts(merged);
    }

    /**
     * The text of a key with its places filled.
     *
     * @param places name, value, name, value, ...; values are turned into text with {@code String.valueOf}
     * @throws IllegalArgumentException for an unknown key or a place left unfilled (a programming error)
     */
    public String text(String key, Object... places) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text with key " + key);
        }
        if (places.length % 2 != 0) {
            throw new IllegalArgumentException("places must come as name, value pairs: " + key);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < places.length; i += 2) {
            values.put(String.valueOf(places[i]), String.valueOf(places[i + 1]));
        }
        Matcher m = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(key + ": place {" + m.group(1) + "} was not filled");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A key's text with its places as they are ({@code {capaciteit}}), or null for an unknown key. */
    String unfilled(String key) {
        return texts.get(key);
    }

    /** Every key, in the order of the built-in file. */
    public Set<String> keys() {
        return texts.keySet();
    }

    static Set<String> places(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private record Located(String text, long line) {
    }

    private static Map<String, String> readBuiltIn(String resource) {
        try (InputStream in = Texts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in texts " + resource + " are missing from the jar");
            }
            List<InputError> errors = new ArrayList<>();
            Map<String, String> out = new LinkedHashMap<>();
            read(in, resource, errors).forEach((k, v) -> out.put(k, v.text()));
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the built-in texts are invalid: " + errors);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nested mappings of text, flattened to dotted keys, each with the line where its text starts. */
    private static Map<String, Located> read(InputStream in, String name, List<InputError> errors)
            throws IOException {
        Map<String, Located> out = new LinkedHashMap<>();
        Deque<String> path = new ArrayDeque<>();
        try (JsonParser p = YAML.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return out;
            }
            if (t != JsonToken.START_OBJECT) {
                errors.add(new InputError(name, line(p), null, "must be a mapping of text keys to texts"));
                return out;
            }
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> {
                    }
                    case START_OBJECT -> path.addLast(p.currentName());
                    case END_OBJECT -> path.pollLast();
                    case VALUE_STRING -> {
                        String key = key(path, p.currentName());
                        if (out.put(key, new Located(p.getText(), line(p))) != null) {
                            errors.add(new InputError(name, line(p), null, key + ": given twice"));
                        }
                    }
                    default -> {
                        errors.add(new InputError(name, line(p), null, key(path, p.currentName())
                                + ": must be text (put it in quotes), got " + (t == JsonToken.START_ARRAY
                                ? "a list" : p.getText())));
                        p.skipChildren();
                    }
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(new InputError(name, line, null, "not valid YAML: " + e.getOriginalMessage()));
        }
        return out;
    }

    private static String key(Deque<String> path, String last) {
        return path.isEmpty() ? last : String.join(".", path) + "." + last;
    }

    private static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }
}
