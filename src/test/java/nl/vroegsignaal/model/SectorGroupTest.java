package nl.vroegsignaal.model;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vroegsignaal.contract.Onderwijssoort;
import org.junit.jupiter.api.Test;

class SectorGroupTest {

    @Test
    void voAndMboAreTheirOwnGroupsAndVavoHoAndUnknownAreOverig() {
        assertThat(SectorGroup.ofSectorOrdinal((byte) Onderwijssoort.Sector.VO.ordinal())).isEqualTo(SectorGroup.VO);
        assertThat(SectorGroup.ofSectorOrdinal((byte) Onderwijssoort.Sector.MBO.ordinal())).isEqualTo(SectorGroup.MBO);
        assertThat(SectorGroup.ofSectorOrdinal((byte) Onderwijssoort.Sector.VAVO.ordinal()))
                .isEqualTo(SectorGroup.OVERIG);
        assertThat(SectorGroup.ofSectorOrdinal((byte) Onderwijssoort.Sector.HO.ordinal()))
                .isEqualTo(SectorGroup.OVERIG);
        assertThat(SectorGroup.ofSectorOrdinal((byte) -1)).isEqualTo(SectorGroup.OVERIG);
    }

    @Test
    void onderwijssoortOrdinalsAreTranslatedToSectorsBeforeTheSplit() {
        byte[] soorten = {(byte) Onderwijssoort.VMBO_BB.ordinal(), (byte) Onderwijssoort.MBO_2.ordinal(),
            (byte) Onderwijssoort.VAVO.ordinal(), (byte) Onderwijssoort.PRO.ordinal(), (byte) 99};
        byte[] sectors = EvaluationInput.sectorsFromOnderwijssoort(soorten);
        assertThat(sectors).containsExactly((byte) Onderwijssoort.Sector.VO.ordinal(),
                (byte) Onderwijssoort.Sector.MBO.ordinal(), (byte) Onderwijssoort.Sector.VAVO.ordinal(),
                (byte) Onderwijssoort.Sector.VO.ordinal(), (byte) -1);
        assertThat(SectorGroup.ofSectorOrdinal(sectors[0])).isEqualTo(SectorGroup.VO);
    }
}
