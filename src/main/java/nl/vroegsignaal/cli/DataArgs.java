package nl.vroegsignaal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.model.table.TableOptions;
import nl.vroegsignaal.model.table.TableOptions.ColumnType;
import nl.vroegsignaal.pipeline.TrainingData;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The data options shared by train and evaluate: the contract's input folder, or a user's flat table. */
final class DataArgs {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder with the eight contract CSV files.")
    Path input;

    @Option(names = "--table", paramLabel = "FILE",
            description = "A flat feature table (CSV, one row per person and period) instead of --input.")
    Path table;

    @Option(names = "--label", paramLabel = "COL", description = "With --table: the label column.")
    String label;

    @Option(names = "--positive", paramLabel = "VALUE",
            description = "With --table: the label value to predict (needed unless the label is 0/1, true/false, "
                    + "ja/nee or yes/no).")
    String positive;

    @Option(names = "--time", paramLabel = "COL", description = "With --table: the time column (yyyy-MM-dd dates or "
            + "whole numbers); without it the split is stratified, not out-of-time.")
    String time;

    @Option(names = "--id", paramLabel = "COL",
            description = "With --table: a column identifying the person (a pseudonym); never a feature.")
    String id;

    @Option(names = "--protected", paramLabel = "A,B", split = ",",
            description = "With --table: protected columns, removed before anything reaches the model.")
    List<String> protectedColumns = new ArrayList<>();

    @Option(names = "--categorical", paramLabel = "A,B", split = ",",
            description = "With --table: feature columns that are categories although their values are numbers "
                    + "(e.g. a course code).")
    List<String> categoricalColumns = new ArrayList<>();

    @Option(names = "--numeric", paramLabel = "A,B", split = ",",
            description = "With --table: feature columns declared numeric (needed for whole numbers that never "
                    + "repeat, which are otherwise refused as an identifier).")
    List<String> numericColumns = new ArrayList<>();

    @Option(names = "--separator", paramLabel = "CHAR", defaultValue = ",",
            description = "With --table: field separator, e.g. ';' or 'tab' (default: ${DEFAULT-VALUE}).")
    String separator;

    /** The input folder or table the options name, or null when neither is given. */
    Path source() {
        return input != null ? input : table;
    }

    /**
     * Reads the data the options name; option mistakes are usage errors (exit 2).
     *
     * @param link how an input folder is read (the configuration's optional sources)
     */
    TrainingData load(LinkOptions link) {
        if ((input == null) == (table == null)) {
            throw usage("give exactly one of --input DIR or --table FILE");
        }
        if (input != null) {
            if (label != null || positive != null || time != null || id != null || !protectedColumns.isEmpty()
                    || !categoricalColumns.isEmpty() || !numericColumns.isEmpty()) {
                throw usage("--label, --positive, --time, --id, --protected, --categorical and --numeric go with "
                        + "--table, not --input");
            }
            return TrainingData.fromInputFolder(input, link);
        }
        if (label == null) {
            throw usage("--table needs --label COL");
        }
        Map<String, ColumnType> declared = new TreeMap<>();
        for (String c : names(categoricalColumns)) {
            declared.put(c, ColumnType.CATEGORICAL);
        }
        for (String c : names(numericColumns)) {
            if (declared.put(c, ColumnType.NUMERIC) != null) {
                throw usage("column '" + c + "' is named by both --categorical and --numeric");
            }
        }
        return TrainingData.fromTable(new TableOptions(table, label, positive, time, id, names(protectedColumns),
                separatorChar(), declared));
    }

    private static List<String> names(List<String> option) {
        return option.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private char separatorChar() {
        String s = separator;
        if (s.equalsIgnoreCase("tab") || s.equals("\\t")) {
            return '\t';
        }
        if (s.length() != 1 || s.equals("\"")) {
            throw usage("--separator must be one character (or 'tab'), not a quote; got '" + s + "'");
        }
        return s.charAt(0);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
