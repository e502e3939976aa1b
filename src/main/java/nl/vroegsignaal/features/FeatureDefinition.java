package nl.vroegsignaal.features;

/**
 * One entry of the feature catalogue: what it is, where it comes from, which time window it looks at, and
 * why it may be used at all (the regulator requires a documented justification for every risk criterion).
 *
 * @param name          stable machine name, e.g. {@code verzuim_ongeoorloofd_12m}
 * @param family        explanation group, e.g. {@code verzuim}; reasons are given per family
 * @param kind          numeric, binary or categorical
 * @param descriptionNl plain-Dutch description for reports
 * @param source        the contract file(s) it is computed from
 * @param window        the time window, in words, relative to the peildatum P
 * @param justificationNl why it is relevant to early school leaving (Dutch, with its source)
 */
public record FeatureDefinition(String name, String family, FeatureKind kind, String descriptionNl, String source,
                                String window, String justificationNl) {
}
