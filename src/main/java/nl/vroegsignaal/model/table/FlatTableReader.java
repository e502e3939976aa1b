package nl.vroegsignaal.model.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.SpreadsheetSafe;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.core.CsvRecords;
import nl.vroegsignaal.model.table.TableOptions.ColumnType;

/**
 * Reads a flat feature table in two passes (profile, then fill) so that memory holds only the final arrays,
 * with the one CSV reader in its tolerant dialect ({@link TableOptions#dialect()}). Column types are declared
 * ({@link TableOptions#declared()}) or inferred, the one place vroegsignaal infers them, because the table is
 * the user's: a column is numeric when every non-empty value is a plain decimal number (with a decimal comma
 * when the separator is not a comma), otherwise categorical with its distinct values as levels. An empty
 * numeric cell is missing. A column of whole numbers that are all different looks like an identifier (a row
 * or person number) and is refused unless it is declared: such a column must never silently become a feature.
 */
public final class FlatTableReader {
    static final int MAX_LEVELS = 1000;
    /** From this many values on, whole numbers that never repeat are taken for an identifier. */
    static final int MIN_IDENTIFIER_ROWS = 20;
    private static final int MAX_ERRORS = 50;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Map<String, String> BINARY_POSITIVE = Map.of("0", "1", "false", "true", "nee", "ja",
            "no", "yes", "n", "j");

    private FlatTableReader() {
    }

    /** @throws InputException with every located problem found (up to a limit) */
    public static FlatTable read(TableOptions options) {
        Path file = options.file();
        if (!Files.isRegularFile(file)) {
            throw new InputException(new InputError(file.toString(), 0, null, "not found: expected a CSV table"));
        }
        Profile profile = profile(options);
        return fill(options, profile);
    }

    /** What the first pass learns: the header, the roles of columns, types and levels, the label's values. */
    private static final class Profile {
        String[] header;
        int labelCol = -1;
        int timeCol = -1;
        int idCol = -1;
        final List<Integer> protectedCols = new ArrayList<>();
        final List<Integer> featureCols = new ArrayList<>();
        boolean[] numeric;
        boolean[] whole;
        final Set<Integer> declaredNumeric = new java.util.HashSet<>();
        List<TreeSet<String>> levels;
        final TreeSet<String> labelValues = new TreeSet<>();
        FlatTable.TimeKind timeKind;
        int rows;
        String positive;
        final List<InputError> errors = new ArrayList<>();
    }

    private static Profile profile(TableOptions o) {
        Profile p = new Profile();
        String name = o.file().toString();
        try (CsvRecords csv = new CsvRecords(o.file(), o.dialect())) {
            String[] header = csv.next();
            if (header == null) {
                throw new InputException(new InputError(name, 1, null, "the file is empty: expected a header row"));
            }
            p.header = header;
            resolveColumns(o, p, name);
            if (!p.errors.isEmpty()) {
                throw new InputException(p.errors);
            }
            p.numeric = new boolean[header.length];
            Arrays.fill(p.numeric, true);
            p.whole = new boolean[header.length];
            Arrays.fill(p.whole, true);
            o.declared().forEach((col, type) -> {
                if (type == ColumnType.CATEGORICAL) {
                    p.numeric[Arrays.asList(header).indexOf(col.trim())] = false;
                }
            });
            p.levels = new ArrayList<>();
            for (int c = 0; c < header.length; c++) {
                p.levels.add(new TreeSet<>());
            }
            String[] r;
            while ((r = csv.next()) != null && p.errors.size() < MAX_ERRORS) {
                if (r.length == 1 && r[0].isEmpty()) {
                    continue;
                }
                long line = csv.line();
                if (r.length != header.length) {
                    p.errors.add(new InputError(name, line, null, "expected " + header.length + " fields (as in "
                            + "the header), found " + r.length));
                    continue;
                }
                p.rows++;
                for (int c : p.featureCols) {
                    observe(p, c, r[c], o.separator(), name, line);
                }
                if (!r[p.labelCol].isEmpty() && p.labelValues.size() <= 50) {
                    p.labelValues.add(r[p.labelCol]);
                }
                if (p.timeCol >= 0) {
                    checkTime(p, name, line, r[p.timeCol]);
                }
                if (p.idCol >= 0 && Pseudonyms.looksLikeBsn(r[p.idCol])) {
                    p.errors.add(new InputError(name, line, p.header[p.idCol], "the value looks like a raw BSN "
                            + "(9 digits passing the elfproef); vroegsignaal accepts pseudonyms only"));
                }
            }
        } catch (InputException e) {
            if (!p.errors.containsAll(e.errors())) { // a syntax error from the reader, not the refusals above
                p.errors.addAll(e.errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name + ": " + e.getMessage(), e);
        }
        if (p.errors.isEmpty()) {
            decide(o, p, name);
        }
        if (!p.errors.isEmpty()) {
            throw new InputException(p.errors);
        }
        return p;
    }

    private static void resolveColumns(TableOptions o, Profile p, String name) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < p.header.length; c++) {
            String h = p.header[c];
            if (h.isEmpty()) {
                p.errors.add(new InputError(name, 1, String.valueOf(c + 1), "the header has no name for this column"));
            } else if (index.putIfAbsent(h, c) != null) {
                p.errors.add(new InputError(name, 1, h, "the header names this column twice"));
            }
        }
        p.labelCol = find(index, o.label(), "--label", p, name);
        p.timeCol = o.time() == null ? -1 : find(index, o.time(), "--time", p, name);
        p.idCol = o.id() == null ? -1 : find(index, o.id(), "--id", p, name);
        Set<Integer> special = new java.util.HashSet<>(List.of(p.labelCol, p.timeCol, p.idCol));
        for (String col : o.protectedColumns()) {
            int c = find(index, col, "--protected", p, name);
            if (c >= 0 && special.contains(c)) {
                p.errors.add(new InputError(name, 1, col, "is named by --protected and as label, time or id"));
            } else if (c >= 0) {
                p.protectedCols.add(c);
            }
        }
        for (int c = 0; c < p.header.length; c++) {
            if (!special.contains(c) && !p.protectedCols.contains(c)) {
                p.featureCols.add(c);
            }
        }
        o.declared().forEach((col, type) -> {
            Integer c = index.get(col.trim());
            String option = type == ColumnType.NUMERIC ? "--numeric" : "--categorical";
            if (c == null) {
                p.errors.add(new InputError(name, 1, col, "no such column (named by " + option + "); the columns "
                        + "are: " + String.join(", ", p.header)));
            } else if (!p.featureCols.contains(c)) {
                p.errors.add(new InputError(name, 1, col, "is named by " + option + " but is the label, time, id "
                        + "or a protected column: only feature columns have a declared type"));
            } else if (type == ColumnType.NUMERIC) {
                p.declaredNumeric.add(c);
            }
        });
        if (p.errors.isEmpty() && p.featureCols.isEmpty()) {
            p.errors.add(new InputError(name, 1, null, "no feature columns left after label, time, id and "
                    + "protected columns"));
        }
    }

    private static int find(Map<String, Integer> index, String column, String option, Profile p, String name) {
        Integer c = index.get(column.trim());
        if (c == null) {
            p.errors.add(new InputError(name, 1, column, "no such column (named by " + option + "); the columns are: "
                    + String.join(", ", p.header)));
            return -1;
        }
        return c;
    }

    private static void observe(Profile p, int c, String v, char separator, String name, long line) {
        if (v.isEmpty()) {
            return;
        }
        if (p.numeric[c] && !isNumber(v, separator)) {
            if (p.declaredNumeric.contains(c)) {
                p.errors.add(new InputError(name, line, p.header[c], "declared numeric (--numeric), but the value "
                        + "is not a number: expected e.g. 12 or 1.5"));
            }
            p.numeric[c] = false;
        }
        if (p.whole[c] && !INTEGER.matcher(v).matches()) {
            p.whole[c] = false;
        }
        if (p.levels.get(c).size() <= MAX_LEVELS) {
            p.levels.get(c).add(v);
        }
    }

    static boolean isNumber(String v, char separator) {
        return NUMBER.matcher(v).matches() || separator != ',' && DECIMAL_COMMA.matcher(v).matches();
    }

    static double parseNumber(String v) {
        return Double.parseDouble(v.replace(',', '.'));
    }

    private static void checkTime(Profile p, String name, long line, String v) {
        FlatTable.TimeKind kind;
        if (WHOLE.matcher(v).matches()) {
            kind = FlatTable.TimeKind.NUMBER;
        } else {
            try {
                LocalDate.parse(v);
                kind = FlatTable.TimeKind.DATE;
            } catch (DateTimeParseException e) {
                p.errors.add(new InputError(name, line, p.header[p.timeCol], "expected a date yyyy-MM-dd or a whole "
                        + "number (e.g. a school year), got '" + v + "'"));
                return;
            }
        }
        if (p.timeKind == null) {
            p.timeKind = kind;
        } else if (p.timeKind != kind) {
            p.errors.add(new InputError(name, line, p.header[p.timeCol], "mixes dates and whole numbers; got '" + v
                    + "' after " + (p.timeKind == FlatTable.TimeKind.DATE ? "dates" : "numbers")));
        }
    }

    /** After the first pass: the positive label value, and refusing columns too wide to be categories. */
    private static void decide(TableOptions o, Profile p, String name) {
        String labelName = p.header[p.labelCol];
        if (p.rows == 0) {
            p.errors.add(new InputError(name, 2, null, "the table has a header but no rows"));
            return;
        }
        if (p.labelValues.size() < 2) {
            p.errors.add(new InputError(name, 0, labelName, p.labelValues.isEmpty() ? "the label is empty in every "
                    + "row: there is nothing to learn" : "the label has only one value ('" + p.labelValues.first()
                    + "'): there is nothing to learn"));
        } else if (o.positive() != null) {
            if (!p.labelValues.contains(o.positive())) {
                p.errors.add(new InputError(name, 0, labelName, "--positive '" + o.positive() + "' does not occur; "
                        + "the values are: " + String.join(", ", p.labelValues)));
            }
            p.positive = o.positive();
        } else if (p.labelValues.size() == 2) {
            String low = p.labelValues.first().toLowerCase(Locale.ROOT);
            String high = p.labelValues.last().toLowerCase(Locale.ROOT);
            String positive = high.equals(BINARY_POSITIVE.get(low)) ? p.labelValues.last()
                    : low.equals(BINARY_POSITIVE.get(high)) ? p.labelValues.first() : null;
            if (positive == null) {
                p.errors.add(new InputError(name, 0, labelName, "the label's values are " + String.join(", ",
                        p.labelValues) + ": name the one to predict with --positive"));
            }
            p.positive = positive;
        } else if (p.labelValues.size() > 2) {
            p.errors.add(new InputError(name, 0, labelName, "the label has " + (p.labelValues.size() > 50 ? "more "
                    + "than 50" : String.valueOf(p.labelValues.size())) + " values (" + String.join(", ",
                    p.labelValues.stream().limit(10).toList()) + (p.labelValues.size() > 10 ? ", ..." : "")
                    + "): name the one to predict with --positive"));
        }
        for (int c : p.featureCols) {
            if (!p.numeric[c] && p.levels.get(c).size() > MAX_LEVELS) {
                p.errors.add(new InputError(name, 0, p.header[c], "more than " + MAX_LEVELS + " distinct values: "
                        + "too many for a categorical feature. If it identifies persons, pass it with --id; "
                        + "otherwise leave it out of the table"));
            }
        }
    }

    /**
     * A numeric column that was not declared, whose values are whole numbers that never repeat, is most likely
     * a row or person number: as a feature it would let the model learn the order of the rows.
     */
    private static void refuseIdentifiers(TableOptions o, Profile p, double[][] numeric) {
        List<InputError> errors = new ArrayList<>();
        for (int c : p.featureCols) {
            if (numeric[c] == null || !p.whole[c] || p.declaredNumeric.contains(c)) {
                continue;
            }
            double[] v = Arrays.stream(numeric[c]).filter(x -> !Double.isNaN(x)).sorted().toArray();
            boolean distinct = v.length >= MIN_IDENTIFIER_ROWS;
            for (int i = 1; i < v.length && distinct; i++) {
                distinct = v[i] != v[i - 1];
            }
            if (distinct) {
                errors.add(new InputError(o.file().toString(), 1, p.header[c], "every row has its own whole number: "
                        + "this looks like an identifier (a row or person number), which must not be a feature. "
                        + "Pass it with --id, leave it out of the table, or declare it with --numeric if it is a "
                        + "measurement"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
    }

    private static FlatTable fill(TableOptions o, Profile p) {
        int n = p.rows;
        String[] pseudonym = new String[n];
        int[] time = new int[n];
        byte[] label = new byte[n];
        List<FeatureDefinition> defs = new ArrayList<>();
        List<FeatureColumn> columns = new ArrayList<>();
        double[][] numeric = new double[p.header.length][];
        int[][] codes = new int[p.header.length][];
        List<Map<String, Integer>> levelIndex = new ArrayList<>();
        StringBuilder signature = new StringBuilder();
        for (int c = 0; c < p.header.length; c++) {
            levelIndex.add(null);
        }
        for (int c : p.featureCols) {
            boolean isNumeric = p.numeric[c] && !p.levels.get(c).isEmpty();
            FeatureKind kind = isNumeric ? (Set.of("0", "1").containsAll(p.levels.get(c)) ? FeatureKind.BINARY
                    : FeatureKind.NUMERIC) : FeatureKind.CATEGORICAL;
            defs.add(new FeatureDefinition(p.header[c], "tabel", kind, "kolom '" + p.header[c] + "' uit de "
                    + "aangeleverde tabel", o.file().getFileName().toString(), "zoals aangeleverd",
                    "aangeleverd door de gebruiker; niet getoetst aan de featurecatalogus van vroegsignaal"));
            signature.append(p.header[c]).append(':').append(kind).append(';');
            if (isNumeric) {
                numeric[c] = new double[n];
                columns.add(new FeatureColumn.Numeric(numeric[c]));
            } else {
                List<String> levels = List.copyOf(p.levels.get(c));
                Map<String, Integer> idx = new HashMap<>();
                for (int l = 0; l < levels.size(); l++) {
                    idx.put(levels.get(l), l);
                }
                levelIndex.set(c, idx);
                codes[c] = new int[n];
                columns.add(new FeatureColumn.Categorical(codes[c], levels));
            }
        }
        Map<String, String[]> protectedValues = new HashMap<>();
        for (int c : p.protectedCols) {
            protectedValues.put(p.header[c], new String[n]);
        }
        try (CsvRecords csv = new CsvRecords(o.file(), o.dialect())) {
            csv.next();
            String[] r;
            int row = 0;
            while ((r = csv.next()) != null) {
                if (r.length == 1 && r[0].isEmpty()) {
                    continue;
                }
                // A table this program wrote marks a pseudonym that begins with '-' as text (see report.Csv).
                pseudonym[row] = p.idCol >= 0 && !r[p.idCol].isEmpty() ? SpreadsheetSafe.unguard(r[p.idCol])
                        : "row-" + csv.line();
                String y = r[p.labelCol];
                label[row] = y.isEmpty() ? FeatureMatrix.NO_LABEL : (byte) (y.equals(p.positive) ? 1 : 0);
                if (p.timeCol >= 0) {
                    String t = r[p.timeCol];
                    time[row] = p.timeKind == FlatTable.TimeKind.DATE ? (int) LocalDate.parse(t).toEpochDay()
                            : Integer.parseInt(t);
                }
                for (int c : p.featureCols) {
                    String v = r[c];
                    if (numeric[c] != null) {
                        numeric[c][row] = v.isEmpty() ? Double.NaN : parseNumber(v);
                    } else {
                        codes[c][row] = v.isEmpty() ? -1 : levelIndex.get(c).get(v);
                    }
                }
                for (int c : p.protectedCols) {
                    protectedValues.get(p.header[c])[row] = r[c];
                }
                row++;
            }
        } catch (IOException | InputException e) {
            throw new IllegalStateException("the table changed while it was read: " + e.getMessage(), e);
        }
        refuseIdentifiers(o, p, numeric);
        String version = "table-" + Hashing.sha256(signature.toString()).substring(0, 12);
        byte[] unknown = new byte[n];
        Arrays.fill(unknown, (byte) -1);
        FeatureMatrix matrix = new FeatureMatrix(new FeatureCatalogue(version, defs), pseudonym, time, label,
                columns, new int[n], List.of(), unknown);
        String labelName = p.header[p.labelCol];
        String others = String.join(", ", p.labelValues.stream().filter(v -> !v.equals(p.positive)).toList());
        return new FlatTable(matrix, protectedValues, p.timeKind, Hashing.sha256(o.file()), "column '" + labelName
                + "' = '" + p.positive + "' (predicted) vs " + others, o);
    }
}
