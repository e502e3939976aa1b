package nl.vroegsignaal.features;

import nl.vroegsignaal.link.Diplomas;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Moves;

/**
 * The VSV label at P, from what happened in (P, P + 1 year] only:
 * <ol>
 *   <li>beyond the horizon: P + 1 year is later than the extraction horizon, so the outcome is not in the data
 *       yet (no label);</li>
 *   <li>censored: a vertrek or emigratie dated in (P, P + 1 year] (no label);</li>
 *   <li>0 when on P + 1 year an enrolment of any onderwijssoort is running (begindatum &lt;= P + 1 year and
 *       einddatum empty or &gt;= P + 1 year: a state at the end of the window), or a startkwalificatie diploma
 *       is dated in (P, P + 1 year];</li>
 *   <li>else 1.</li>
 * </ol>
 */
final class Labels {
    static final byte NEGATIVE = 0;
    static final byte POSITIVE = 1;
    static final byte CENSORED = 2;
    static final byte BEYOND_HORIZON = 3;

    private Labels() {
    }

    static byte outcome(LinkedData data, int person, PeildatumDays at, int horizonDay) {
        int end = at.plus1Year();
        if (end > horizonDay) {
            return BEYOND_HORIZON;
        }
        if (leavesWithin(data.moves(), person, at.day(), end)) {
            return CENSORED;
        }
        if (Population.anyEnrolmentOn(data.enrolments(), person, end)
                || startkwalificatieWithin(data.diplomas(), person, at.day(), end)) {
            return NEGATIVE;
        }
        return POSITIVE;
    }

    private static boolean leavesWithin(Moves m, int person, int after, int upTo) {
        int to = m.offsets()[person + 1];
        for (int r = m.offsets()[person]; r < to && m.date()[r] <= upTo; r++) {
            if (m.date()[r] > after && m.kind(r).leavesMunicipality()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startkwalificatieWithin(Diplomas d, int person, int after, int upTo) {
        int to = d.offsets()[person + 1];
        for (int r = d.offsets()[person]; r < to && d.date()[r] <= upTo; r++) {
            if (d.date()[r] > after && d.soort(r).isStartkwalificatie()) {
                return true;
            }
        }
        return false;
    }
}
