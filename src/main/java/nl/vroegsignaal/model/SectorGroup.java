package nl.vroegsignaal.model;

import nl.vroegsignaal.contract.Onderwijssoort;

/**
 * The groups in which evaluation results are split. VO and MBO are the two sectors the VSV policy is organised
 * by. VAVO (adult general education, given by ROCs to students who mostly left VO) belongs to neither: merging it
 * into VO would mix adults into the VO figures and into MBO would mix a different curriculum into MBO, so it
 * goes to "overig" together with any other or unknown sector. A group is reported only when it has rows.
 */
public enum SectorGroup {
    VO("VO"), MBO("MBO"), OVERIG("overig");

    private final String label;

    SectorGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The group of an {@link Onderwijssoort.Sector} ordinal; anything else (VAVO, HO, unknown) is OVERIG. */
    public static SectorGroup ofSectorOrdinal(byte ordinal) {
        if (ordinal == Onderwijssoort.Sector.VO.ordinal()) {
            return VO;
        }
        if (ordinal == Onderwijssoort.Sector.MBO.ordinal()) {
            return MBO;
        }
        return OVERIG;
    }
}
