package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Onderwijssoort;

/** The level ladder within a sector (for "downward move") and the diploma each final exam gives. */
final class Ladder {
    private Ladder() {
    }

    /**
     * Rank within the sector: VO runs PRO = VSO (0) < VMBO-BB < VMBO-KB < VMBO-GT < HAVO < VWO (5); MBO runs
     * MBO-1 (1) .. MBO-4 (4); VAVO and HO have one rank each.
     */
    static int rank(Onderwijssoort s) {
        switch (s) {
            case PRO:
            case VSO:
            case VAVO:
            case HO:
                return 0;
            case VMBO_BB:
            case MBO_1:
                return 1;
            case VMBO_KB:
            case MBO_2:
                return 2;
            case VMBO_GT:
            case MBO_3:
                return 3;
            case HAVO:
            case MBO_4:
                return 4;
            case VWO:
                return 5;
            default:
                throw new IllegalArgumentException(s.code());
        }
    }

    /** Number of school years of a programme; its final year is the exam year. */
    static int length(Onderwijssoort s) {
        switch (s) {
            case VMBO_BB:
            case VMBO_KB:
            case VMBO_GT:
                return 4;
            case HAVO:
                return 5;
            case VWO:
            case PRO:
            case VSO:
                return 6;
            case VAVO:
            case MBO_1:
                return 1;
            case MBO_2:
                return 2;
            case MBO_3:
                return 3;
            default:
                return 4;
        }
    }

    /** The diploma a passed final exam gives, or null (PRO and VSO give none). */
    static Diplomasoort diploma(Onderwijssoort s) {
        switch (s) {
            case VMBO_BB:
                return Diplomasoort.VMBO_BB;
            case VMBO_KB:
                return Diplomasoort.VMBO_KB;
            case VMBO_GT:
                return Diplomasoort.VMBO_GT;
            case HAVO:
                return Diplomasoort.HAVO;
            case VWO:
                return Diplomasoort.VWO;
            case MBO_1:
                return Diplomasoort.MBO_1;
            case MBO_2:
                return Diplomasoort.MBO_2;
            case MBO_3:
                return Diplomasoort.MBO_3;
            case MBO_4:
                return Diplomasoort.MBO_4;
            case HO:
                return Diplomasoort.HO;
            default:
                return null;
        }
    }
}
