package nl.vroegsignaal.fairness;

import java.util.Objects;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * One group of one grouping, named by the contract's code spelling: {@code "V"}, {@code "buiten Europa"}, or for
 * the intersection {@code "V/buiten Europa"} (geslacht first).
 */
public record GroupKey(ProtectedAttribute attribute, String code) {
    public static final String INTERSECTION_SEPARATOR = "/";

    public GroupKey {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(code, "code");
    }

    public static GroupKey of(Geslacht g) {
        return new GroupKey(ProtectedAttribute.GESLACHT, g.code());
    }

    public static GroupKey of(Herkomst h) {
        return new GroupKey(ProtectedAttribute.HERKOMST, h.code());
    }

    public static GroupKey of(Geslacht g, Herkomst h) {
        return new GroupKey(ProtectedAttribute.GESLACHT_X_HERKOMST, g.code() + INTERSECTION_SEPARATOR + h.code());
    }

    @Override
    public String toString() {
        return attribute.key() + "=" + code;
    }
}
