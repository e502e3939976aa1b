package nl.vroegsignaal.fairness;

import java.util.Arrays;
import java.util.Optional;

/** The groupings the audit reports on: each protected attribute alone and their intersection. */
public enum ProtectedAttribute {
    GESLACHT("geslacht"), HERKOMST("herkomst"), GESLACHT_X_HERKOMST("geslacht_x_herkomst");

    private final String key;

    ProtectedAttribute(String key) {
        this.key = key;
    }

    /** The name used in config ({@code referenceGroups}) and in report files. */
    public String key() {
        return key;
    }

    public static Optional<ProtectedAttribute> byKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
