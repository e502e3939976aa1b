package nl.vroegsignaal.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.ContactInput;
import nl.vroegsignaal.features.FeatureBuilder;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.LinkOptions;
import nl.vroegsignaal.link.Linker;
import nl.vroegsignaal.model.DataSplit;
import nl.vroegsignaal.model.OutOfTimeSplit;
import nl.vroegsignaal.model.StratifiedSplit;
import nl.vroegsignaal.model.TrainSettings;
import nl.vroegsignaal.model.table.FlatTable;
import nl.vroegsignaal.model.table.FlatTableReader;
import nl.vroegsignaal.model.table.TableOptions;
import nl.vroegsignaal.report.MissingSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The features a model trains or is evaluated on, from either source: the contract's input folder (linked, then
 * built into features) or a user's flat table. Protected attributes stay behind in both cases: the audit
 * attributes of the feature set and the --protected columns of a table are not part of this value's matrix.
 *
 * @param matrix      what models see
 * @param source      e.g. {@code input folder data/city}
 * @param inputHashes sha256 per input file
 * @param table       the table, when the data came from one (for its time column and protected columns)
 * @param notes       what every report must say about how the data was read
 * @param oracle      the generator's true probability per matrix row (synthetic data only), else null; for
 *                    the evaluation report, never for training
 * @param audit       sex and origin per matrix row (input folder only, else null): for the necessity test's
 *                    fairness summary, never for training
 */
public record TrainingData(FeatureMatrix matrix, String source, Map<String, String> inputHashes, FlatTable table,
                           List<String> notes, double[] oracle, AuditAttributes audit) {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingData.class);

    /** Links and builds features from the contract's input folder. */
    public static TrainingData fromInputFolder(Path dir) {
        return fromInputFolder(dir, LinkOptions.defaults());
    }

    /** The same, reading the folder with these options (the configuration's optional sources). */
    public static TrainingData fromInputFolder(Path dir, LinkOptions options) {
        LOG.info("linking {}", dir);
        LinkedData linked = Linker.read(dir, options);
        LOG.info("building features");
        return fromLinked(dir, linked, FeatureBuilder.build(linked));
    }

    /** The same, on data already linked and built into features (run, notebooks). */
    public static TrainingData fromLinked(Path dir, LinkedData linked, FeatureSet features) {
        double[] oracle = TruthFile.alignedTo(dir, features.matrix()).orElse(null);
        List<String> notes = new ArrayList<>();
        if (oracle != null) {
            notes.add("Oracle: the true probabilities of this synthetic data (" + TruthFile.LOCATION + ") are "
                    + "evaluated beside the models, as the best any model could do.");
        }
        MissingSources.noteEn(features.matrix().catalogue()).ifPresent(notes::add);
        return new TrainingData(features.matrix(), "input folder " + dir, linked.inputHashes(), null, notes, oracle,
                features.audit());
    }

    /** Reads a user's table; its protected columns are kept aside in {@link FlatTable}, not in the matrix. */
    public static TrainingData fromTable(TableOptions options) {
        LOG.info("reading table {}", options.file());
        FlatTable table = FlatTableReader.read(options);
        List<String> notes = new ArrayList<>();
        notes.add("Data: the table " + options.file().getFileName() + "; label " + table.labelDescription() + ".");
        if (!table.protectedNames().isEmpty()) {
            notes.add("Protected columns kept away from the model (for the audit only): "
                    + String.join(", ", table.protectedNames()) + ".");
        }
        return new TrainingData(table.matrix(), "table " + options.file(),
                Map.of(options.file().getFileName().toString(), table.sha256()), table, notes, null, null);
    }

    /**
     * The same data with the rows of young people the team contacted inside their label window (after a past list,
     * from the history's contact logs) marked, as {@code training} ({@link ContactSettings#CHOICES}) says: with
     * {@code exclude} their labels become {@link FeatureMatrix#NO_LABEL} (no role in training, validation or test);
     * with {@code ignore} they keep them; with {@code feature} they keep them and the mark becomes the recorded model
     * input {@link ContactInput} (1 for marked rows, 0 for every other row). Either way a note says how many labelled
     * rows were marked, and the contact logs' hashes join the inputs.
     */
    public TrainingData withContacts(ContactHistory history, String training) {
        boolean exclude = ContactSettings.EXCLUDE.equals(training);
        boolean[] marked = history.mark(matrix.pseudonym(), matrix.peildatum());
        byte[] label = matrix.label().clone();
        int labelled = 0;
        int left = 0;
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] && label[i] != FeatureMatrix.NO_LABEL) {
                labelled++;
                left += label[i] == 1 ? 1 : 0;
                if (exclude) {
                    label[i] = FeatureMatrix.NO_LABEL;
                }
            }
        }
        FeatureMatrix m = new FeatureMatrix(matrix.catalogue(), matrix.pseudonym(), matrix.peildatum(), label,
                matrix.columns(), matrix.school(), matrix.schoolCodes(), matrix.onderwijssoort());
        if (ContactSettings.FEATURE.equals(training)) {
            m = ContactInput.with(m, marked);
        }
        Map<String, String> hashes = new java.util.TreeMap<>(inputHashes);
        history.sha256().forEach((k, v) -> hashes.put("contacts/" + k, v));
        List<String> n = new ArrayList<>(notes);
        n.add(contactsNote(labelled, left, history.sha256().size(), training));
        return new TrainingData(m, source, hashes, table, n, oracle, audit);
    }

    /**
     * The note on marked rows. Its counts are of persons, so they are shown only where the one rule allows: a count
     * under 10, or leavers beside fewer than 10 who stayed, would tell about few persons.
     */
    static String contactsNote(int labelled, int left, int logs, String training) {
        String marked = Disclosure.hidesCount(labelled) ? "fewer than " + Disclosure.MIN_PERSONS
                : Integer.toString(labelled);
        String leavers = Disclosure.hidesRate(left, labelled) ? "how many of them left is not shown: fewer than "
                + Disclosure.MIN_PERSONS + " on one side" : left + " of them left";
        String what = switch (training) {
            case ContactSettings.EXCLUDE -> "they are left out of training, validation and test";
            case ContactSettings.FEATURE -> "they keep their labels and the contact is a recorded model input ("
                    + ContactInput.NAME + ": 1 for them, 0 for every other row; a signal list scores everyone with 0)";
            default -> "they keep their labels";
        };
        return "Contacts: " + marked + " labelled rows are of young people the team contacted inside their label "
                + "window (" + logs + " contact logs; " + leavers + "); " + what + " (contacts.training: " + training
                + ").";
    }

    /** Out-of-time whenever there is time (always for the input folder); a stratified split otherwise. */
    public DataSplit split(TrainSettings.Split settings, long seed) {
        if (table == null) {
            return OutOfTimeSplit.byPeildatum(matrix, settings.validationCohorts(), settings.testCohorts());
        }
        if (table.hasTime()) {
            return OutOfTimeSplit.of(matrix, settings.validationCohorts(), settings.testCohorts(), table.timeLabel());
        }
        return new StratifiedSplit(seed, settings.validationShare(), settings.testShare());
    }
}
