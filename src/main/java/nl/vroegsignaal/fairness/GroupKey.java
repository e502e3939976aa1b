package nl.vroegsignaal.fairness;

import java.util.Objects;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * One group of one grouping, named by its code in the data: {@code "V"}, {@code "buiten Europa"}, a table's
 * {@code "1"}, or for an intersection {@code "V/buiten Europa"} (the first attribute first).
 */
public record GroupKey(ProtectedAttribute attribute, String code) {
    public static final String INTERSECTION_SEPARATOR = "/";

    public GroupKey {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(code, "code");
    }

    public static GroupKey of(Geslacht g) {
        return new GroupKey(ContractAttributes.GESLACHT, g.code());
    }

    public static GroupKey of(Herkomst h) {
        return new GroupKey(ContractAttributes.HERKOMST, h.code());
    }

    public static GroupKey of(Geslacht g, Herkomst h) {
        return new GroupKey(ContractAttributes.GESLACHT_X_HERKOMST, g.code() + INTERSECTION_SEPARATOR + h.code());
    }

    /** The group's Dutch words. */
    public AttributeGroup group() {
        return attribute.group(code);
    }

    @Override
    public String toString() {
        return attribute.key() + "=" + code;
    }
}
