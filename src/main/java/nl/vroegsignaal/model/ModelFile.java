package nl.vroegsignaal.model;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.SerialFilter;
import org.tribuo.Model;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.protos.core.ModelProto;

/**
 * Reads {@code model.tribuo} without trusting it. Tribuo loads a model by initialising the class the file
 * names, and some Tribuo models (liblinear's) run Java deserialisation inside; so the file is parsed as plain
 * protobuf first and refused unless it names one of the two model classes vroegsignaal writes, neither of
 * which holds Java-serialised data, and unless every class name it mentions anywhere (nested parts,
 * provenance) is Tribuo's, its configuration library's or this program's. The process-wide deny-all filter
 * ({@link SerialFilter}) is the second line.
 */
final class ModelFile {
    /** The model classes {@code train} writes. */
    static final Set<String> ALLOWED = Set.of(LinearSGDModel.class.getName(), XGBoostModel.class.getName());
    private static final byte[] OBJECT_STREAM = {(byte) 0xAC, (byte) 0xED, 0x00, 0x05};
    /**
     * Dotted Java class names as they appear in Tribuo's protobuf (lower-case packages, a capitalised class). A
     * string's length byte can read as a letter glued to its front, so a name may be preceded by one extra one.
     */
    private static final Pattern CLASS_NAME = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+"
            + "\\.[A-Z][A-Za-z0-9_$]*");
    /**
     * Tribuo's and OLCUT's classes, their protobuf message names (package {@code tribuo.*}, {@code olcut.*}), and
     * this program's own (named in provenance, e.g. the data source of a booster).
     */
    private static final Pattern TRUSTED = Pattern.compile("(?:org\\.tribuo|tribuo|com\\.oracle\\.labs\\.mlrg\\.olcut"
            + "|olcut|nl\\.vroegsignaal)\\..*");

    private ModelFile() {
    }

    static Model<?> read(Path file) {
        SerialFilter.installDenyAll();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(file, "not readable: " + e.getMessage());
        }
        if (startsWith(bytes, OBJECT_STREAM)) {
            throw refused(file, "holds a Java serialised object, which vroegsignaal never writes and never "
                    + "reads; retrain the model with this version");
        }
        ModelProto proto;
        try {
            proto = ModelProto.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw refused(file, "is not a Tribuo model file: " + e.getMessage());
        }
        if (!ALLOWED.contains(proto.getClassName())) {
            throw refused(file, "names the model class '" + printable(proto.getClassName()) + "'; vroegsignaal "
                    + "loads only " + String.join(" and ", new java.util.TreeSet<>(ALLOWED))
                    + " (a logistic regression saved by an older version: retrain it)");
        }
        Matcher m = CLASS_NAME.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String name = m.group();
            if (!TRUSTED.matcher(name).matches() && !TRUSTED.matcher(name.substring(1)).matches()) {
                throw refused(file, "mentions the class '" + printable(name) + "', which is not part of "
                        + "Tribuo; the file was not written by vroegsignaal train");
            }
        }
        try {
            return Model.deserialize(proto);
        } catch (RuntimeException e) {
            throw refused(file, "could not be read as a Tribuo model: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** At most 120 characters, control characters escaped: the name comes from an untrusted file. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 120; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }

    private static InputException refused(Path file, String message) {
        return new InputException(new InputError(file.toString(), 0, null, message));
    }
}
