package nl.vroegsignaal.prepare;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vroegsignaal.contract.CodeList;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.YamlFile;

/**
 * Reads a mapping file and validates it whole before any export is opened: every problem is reported at once,
 * each with its path ({@code sources.personen.codes.geslacht.9: ...}). See {@code src/site/prepare.md}.
 */
public final class MappingLoader {
    private static final Set<String> SOURCE_KEYS = Set.of("file", "separator", "columns", "formats", "codes", "drop");
    private static final Set<String> DROP_KEYS = Set.of("column", "equals", "reason");

    private MappingLoader() {
    }

    public static Mapping load(Path file) {
        String name = file.toString();
        JsonNode root = YamlFile.read(file, "a mapping file (YAML)");
        List<String> errors = new ArrayList<>();
        Map<SourceFile, SourceMapping> sources = new EnumMap<>(SourceFile.class);
        if (!root.isObject()) {
            errors.add("(top): expected a mapping with the key 'sources'");
        } else {
            unknownKeys(root, Set.of("sources"), "", errors);
            JsonNode all = root.path("sources");
            if (!all.isObject()) {
                errors.add("sources: must map each contract file (personen, inschrijvingen, ...) to its export");
            } else {
                Path folder = file.toAbsolutePath().getParent();
                for (SourceFile s : SourceFile.values()) {
                    String key = sourceKey(s);
                    if (!all.has(key) && !s.mayBeAbsent()) {
                        errors.add("sources." + key + ": must be set (this contract file needs an export; only "
                                + "uitkeringen, jeugdhulp and schuldhulp may be left out)");
                    } else if (all.has(key)) {
                        SourceMapping m = source(s, all.get(key), "sources." + key, folder, errors);
                        if (m != null) {
                            sources.put(s, m);
                        }
                    }
                }
                Set<String> known = new LinkedHashSet<>();
                for (SourceFile s : SourceFile.values()) {
                    known.add(sourceKey(s));
                }
                unknownKeys(all, known, "sources.", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors.stream().map(m -> new InputError(name, 0, null, m)).toList());
        }
        return new Mapping(file, Hashing.sha256(file), sources);
    }

    /** {@code personen} for {@code personen.csv}. */
    static String sourceKey(SourceFile s) {
        return s.key();
    }

    private static SourceMapping source(SourceFile s, JsonNode node, String path, Path folder, List<String> errors) {
        if (!node.isObject()) {
            errors.add(path + ": expected the keys file, columns and optionally separator, formats, codes, drop");
            return null;
        }
        int before = errors.size();
        unknownKeys(node, SOURCE_KEYS, path + ".", errors);
        String file = text(node.path("file"), path + ".file", errors);
        char separator = separator(node.path("separator"), path + ".separator", errors);
        Map<String, String> columns = new LinkedHashMap<>();
        JsonNode cols = node.path("columns");
        if (!cols.isObject()) {
            errors.add(path + ".columns: must name, for every column of " + s.fileName() + " ("
                    + String.join(", ", s.columns()) + "), the export's column that holds it");
        } else {
            for (String c : s.columns()) {
                if (!cols.has(c)) {
                    errors.add(path + ".columns." + c + ": must be set (the export's column for " + c + ")");
                } else {
                    String exportColumn = text(cols.get(c), path + ".columns." + c, errors);
                    if (exportColumn != null) {
                        columns.put(c, exportColumn);
                    }
                }
            }
            unknownKeys(cols, Set.copyOf(s.columns()), path + ".columns.", errors);
        }
        Map<String, DateTimeFormatter> formats = formats(s, node.path("formats"), path + ".formats", errors);
        Map<String, Map<String, String>> codes = codes(s, node.path("codes"), path + ".codes", errors);
        List<SourceMapping.Drop> drop = drops(node.path("drop"), path + ".drop", errors);
        if (errors.size() > before) {
            return null;
        }
        Path export = Path.of(file);
        return new SourceMapping(s, export.isAbsolute() ? export : folder.resolve(export), separator, columns,
                formats, codes, drop);
    }

    private static Map<String, DateTimeFormatter> formats(SourceFile s, JsonNode node, String path,
                                                          List<String> errors) {
        Map<String, DateTimeFormatter> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            errors.add(path + ": expected date column: pattern, such as begindatum: dd-MM-yyyy");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            ContractColumn kind = s.columns().contains(e.getKey()) ? ContractColumn.of(e.getKey()) : null;
            if (kind != ContractColumn.DATE && kind != ContractColumn.MONTH) {
                errors.add(p + ": not a date column of " + s.fileName());
                continue;
            }
            String pattern = text(e.getValue(), p, errors);
            if (pattern == null) {
                continue;
            }
            try {
                // strict: 31-02-2024 is an error, not 2 March; 'u' because strict 'y' needs an era
                DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT);
                boolean hasYear = pattern.contains("y") || pattern.contains("u");
                boolean hasMonth = pattern.contains("M");
                boolean hasDay = pattern.contains("d");
                if (!hasYear || !hasMonth || (kind == ContractColumn.DATE && !hasDay)) {
                    errors.add(p + ": the pattern must hold a year (yyyy), a month (MM)"
                            + (kind == ContractColumn.DATE ? " and a day (dd)" : ""));
                } else {
                    out.put(e.getKey(), f);
                }
            } catch (IllegalArgumentException ex) {
                errors.add(p + ": not a date pattern (" + ex.getMessage() + "); use letters such as dd-MM-yyyy");
            }
        }
        return out;
    }

    private static Map<String, Map<String, String>> codes(SourceFile s, JsonNode node, String path,
                                                          List<String> errors) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            errors.add(path + ": expected code column: {export code: contract code, ...}");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            CodeList<?> list = s.columns().contains(e.getKey())
                    ? ContractColumn.codes(e.getKey()).orElse(null) : null;
            if (list == null) {
                errors.add(p + ": not a code column of " + s.fileName());
                continue;
            }
            if (!e.getValue().isObject() || e.getValue().isEmpty()) {
                errors.add(p + ": expected at least one export code: contract code");
                continue;
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> c = e.getValue().fields(); c.hasNext(); ) {
                Map.Entry<String, JsonNode> code = c.next();
                String target = text(code.getValue(), p + "." + code.getKey(), errors);
                if (target != null && list.parse(target).isEmpty()) {
                    errors.add(p + "." + code.getKey() + ": '" + target + "' is not a code of the contract; expected "
                            + list.allowed());
                } else if (target != null) {
                    map.put(code.getKey().trim(), target);
                }
            }
            out.put(e.getKey(), map);
        }
        return out;
    }

    private static List<SourceMapping.Drop> drops(JsonNode node, String path, List<String> errors) {
        List<SourceMapping.Drop> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            errors.add(path + ": expected a list of rules, each with column, equals and reason");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode rule = node.get(i);
            String p = path + "[" + i + "]";
            if (!rule.isObject()) {
                errors.add(p + ": expected column, equals and reason");
                continue;
            }
            unknownKeys(rule, DROP_KEYS, p + ".", errors);
            String column = text(rule.path("column"), p + ".column", errors);
            String reason = text(rule.path("reason"), p + ".reason", errors);
            Set<String> values = new LinkedHashSet<>();
            JsonNode eq = rule.path("equals");
            if (eq.isValueNode() && !eq.isNull()) {
                values.add(eq.asText().trim());
            } else if (eq.isArray() && !eq.isEmpty()) {
                eq.forEach(v -> values.add(v.asText().trim()));
            } else {
                errors.add(p + ".equals: must be a value or a list of values");
            }
            if (column != null && reason != null && !values.isEmpty()) {
                out.add(new SourceMapping.Drop(column, Set.copyOf(values), reason));
            }
        }
        return out;
    }

    private static char separator(JsonNode node, String path, List<String> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return ',';
        }
        return switch (node.asText()) {
            case ",", ";", "|" -> node.asText().charAt(0);
            case "tab", "\t" -> '\t';
            default -> {
                errors.add(path + ": expected ',', ';', '|' or 'tab'");
                yield ',';
            }
        };
    }

    private static String text(JsonNode node, String path, List<String> errors) {
        if (node.isMissingNode() || node.isNull()) {
            errors.add(path + ": must be set");
            return null;
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            errors.add(path + ": must be a non-empty text");
            return null;
        }
        return node.asText().trim();
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String prefix, List<String> errors) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                errors.add(prefix + k + ": unknown key; expected one of " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
