package nl.vroegsignaal.explain;

import java.util.Set;

/**
 * One reason on a signal list: a feature family that raised this person's model score, stated in plain Dutch
 * with the person's own value.
 *
 * @param family       the catalogue family, e.g. {@code verzuim}
 * @param textNl       the statement, e.g. "Ongeoorloofd verzuim: 3 meldingen in de afgelopen 12 maanden"
 * @param contribution the family's summed contribution to the model's log-odds (always positive)
 */
public record Reason(String family, String textNl, double contribution) {
    /**
     * Families that are never a reason: the neighbourhood (a known proxy for origin) and the protected
     * attributes (which never reach a model; named here so that no future catalogue can slip them in).
     */
    public static final Set<String> NEVER_A_REASON = Set.of("wijk", "geslacht", "herkomst");

    public Reason {
        if (NEVER_A_REASON.contains(family)) {
            throw new IllegalArgumentException("family '" + family + "' is never a reason on a signal list");
        }
        if (!(contribution > 0)) {
            throw new IllegalArgumentException("a reason must raise the risk; family '" + family
                    + "' contributes " + contribution);
        }
        if (textNl == null || textNl.isBlank()) {
            throw new IllegalArgumentException("a reason needs a text; family '" + family + "' has none");
        }
    }
}
