package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.vroegsignaal.features.AuditAttributes;

/**
 * A grouping the audit reports on, as data: a protected attribute (the contract's geslacht or herkomst, see
 * {@link ContractAttributes}, or a protected column of a user's table), or the intersection of two, whose groups
 * are every combination of theirs. Two attributes are the same when their keys are.
 *
 * @param key       the name in config ({@code referenceGroups}) and in report files, e.g. {@code geslacht},
 *                  {@code gender}, {@code geslacht_x_herkomst}
 * @param name      the Dutch name a reader sees: "geslacht", "geslacht en herkomst samen"
 * @param otherThan how the proxy check says a person is not in a group of it: "een ander geslacht heeft dan"
 * @param groups    every group, in order (the contract's code order, a table's sorted values)
 * @param parts     the two attributes of an intersection, in order; empty for a single attribute
 */
public record ProtectedAttribute(String key, String name, String otherThan, List<AttributeGroup> groups,
                                 List<ProtectedAttribute> parts) {
    /** Between the parts of an intersection's key. */
    public static final String INTERSECTION_KEY = "_x_";

    public ProtectedAttribute {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(otherThan, "otherThan");
        groups = List.copyOf(groups);
        parts = List.copyOf(parts);
        if (!parts.isEmpty() && parts.size() != 2) {
            throw new IllegalArgumentException("attribute " + key + ": an intersection has two parts");
        }
    }

    /** A single attribute. */
    public static ProtectedAttribute single(String key, String name, String otherThan, List<AttributeGroup> groups) {
        return new ProtectedAttribute(key, name, otherThan, groups, List.of());
    }

    /**
     * The attribute of a row's values: the contract's own when the column is a contract attribute, else one named
     * by the column and its values, each group named by its own value ("gender 1").
     */
    public static ProtectedAttribute of(AuditAttributes.Column column) {
        if (column.contract()) {
            return ContractAttributes.byKey(column.name()).filter(a -> a.codes().equals(column.levels()))
                    .orElseThrow(() -> new IllegalArgumentException("attributes." + column.name()
                            + ": not a contract attribute with these codes"));
        }
        String n = column.name();
        return single(n, n, "een andere waarde van " + n + " heeft dan",
                column.levels().stream().map(v -> AttributeGroup.ofValue(n, v)).toList());
    }

    /** The intersection of two attributes: groups "a/b" in the order of a, then b. */
    public static ProtectedAttribute intersection(ProtectedAttribute a, ProtectedAttribute b) {
        List<AttributeGroup> groups = new ArrayList<>();
        for (AttributeGroup x : a.groups) {
            for (AttributeGroup y : b.groups) {
                groups.add(new AttributeGroup(x.code() + GroupKey.INTERSECTION_SEPARATOR + y.code(),
                        x.label() + " en " + y.label(), x.people() + y.qualifier(), y.qualifier()));
            }
        }
        return new ProtectedAttribute(a.key + INTERSECTION_KEY + b.key, a.name + " en " + b.name + " samen",
                "een andere combinatie heeft dan", groups, List.of(a, b));
    }

    public boolean isIntersection() {
        return !parts.isEmpty();
    }

    public List<String> codes() {
        return groups.stream().map(AttributeGroup::code).toList();
    }

    /** The group with this code. */
    public AttributeGroup group(String code) {
        for (AttributeGroup g : groups) {
            if (g.code().equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("attribute " + key + ": no group '" + code + "'; groups: "
                + String.join(", ", codes()));
    }

    public GroupKey key(int level) {
        return new GroupKey(this, groups.get(level).code());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProtectedAttribute a && a.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
