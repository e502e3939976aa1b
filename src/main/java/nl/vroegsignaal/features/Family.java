package nl.vroegsignaal.features;

import java.util.Locale;

/**
 * Feature families: each becomes one reason in an explanation. Each carries the shared part of its features'
 * justification: the sources the relevance of the family rests on (cited in words, in Dutch).
 */
enum Family {
    LEEFTIJD("Bron: VSV-cijfers van DUO en het ministerie van OCW; Leerplichtwet 1969 (kwalificatieplicht tot "
            + "18 jaar)."),
    SCHOOLLOOPBAAN("Bron: VSV-cijfers van DUO en OCW per onderwijssoort en niveau; Nederlands Jeugdinstituut (NJi), "
            + "overzicht van risicofactoren voor schooluitval."),
    VERZUIM("Bron: Leerplichtwet 1969 (meldplicht bij verzuim, artikel 21a); Ingrado, de vereniging voor leerplicht "
            + "en RMC; NJi, risicofactoren voor schooluitval."),
    HUISHOUDEN("Bron: CBS, onderzoek naar kinderen in huishoudens met een bijstandsuitkering of met schulden; NJi, "
            + "risicofactoren voor schooluitval."),
    JEUGDHULP("Bron: CBS, Jeugdmonitor; NJi, risicofactoren voor schooluitval."),
    VERHUIZINGEN("Bron: NJi, risicofactoren voor schooluitval (vaak verhuizen en van school wisselen)."),
    WIJK("Bron: DUO, VSV-cijfers per gemeente en regio; CBS, Kerncijfers wijken en buurten.");

    private final String sourcesNl;

    Family(String sourcesNl) {
        this.sourcesNl = sourcesNl;
    }

    String sourcesNl() {
        return sourcesNl;
    }

    /** The family name as written in the catalogue, e.g. {@code schoolloopbaan}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
