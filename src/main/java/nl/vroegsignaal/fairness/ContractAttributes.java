package nl.vroegsignaal.fairness;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.features.AuditAttributes;

/**
 * The contract's protected attributes as {@link ProtectedAttribute} values: geslacht and herkomst with every code
 * of the contract's code lists in their order, their Dutch names, and their intersection (geslacht first).
 */
public final class ContractAttributes {
    public static final ProtectedAttribute GESLACHT = ProtectedAttribute.single(AuditAttributes.GESLACHT, "geslacht",
            "een ander geslacht heeft dan", Arrays.stream(Geslacht.values()).map(g -> geslacht(g.code())).toList());
    public static final ProtectedAttribute HERKOMST = ProtectedAttribute.single(AuditAttributes.HERKOMST, "herkomst",
            "een andere herkomst heeft dan", Arrays.stream(Herkomst.values()).map(h -> herkomst(h.code())).toList());
    public static final ProtectedAttribute GESLACHT_X_HERKOMST = ProtectedAttribute.intersection(GESLACHT, HERKOMST);

    private ContractAttributes() {
    }

    static Optional<ProtectedAttribute> byKey(String key) {
        return List.of(GESLACHT, HERKOMST).stream().filter(a -> a.key().equals(key)).findFirst();
    }

    private static AttributeGroup geslacht(String code) {
        String label = switch (code) {
            case "M" -> "M (jongens)";
            case "V" -> "V (meisjes)";
            case "onbekend" -> "geslacht onbekend";
            default -> code;
        };
        String people = switch (code) {
            case "M" -> "jongens";
            case "V" -> "meisjes";
            case "onbekend" -> "jongeren van wie het geslacht onbekend is";
            default -> "jongeren met geslacht " + code;
        };
        return new AttributeGroup(code, label, people, " met geslacht " + code);
    }

    private static AttributeGroup herkomst(String code) {
        String qualifier = switch (code) {
            case "Nederland" -> " met een Nederlandse herkomst";
            case "Europa" -> " met een herkomst elders in Europa";
            case "buiten Europa" -> " met een herkomst buiten Europa";
            case "onbekend" -> " van wie de herkomst onbekend is";
            default -> " met herkomst " + code;
        };
        return new AttributeGroup(code, code.equals("onbekend") ? "herkomst onbekend" : code, "jongeren" + qualifier,
                qualifier);
    }
}
