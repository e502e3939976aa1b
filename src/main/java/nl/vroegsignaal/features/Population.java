package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.link.Diplomas;
import nl.vroegsignaal.link.Enrolments;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Moves;

/**
 * The population rule at P (the state on P itself, as DUO counts it on 1 October; not a feature):
 * <ul>
 *   <li>age 12 to 22 on P, in whole years, taking the geboortemaand as born on the 1st;</li>
 *   <li>an enrolment running on P: begindatum &lt;= P and (einddatum empty or einddatum &gt;= P), so an
 *       enrolment ending on P still counts (an empty einddatum is {@code Dates.OPEN}, after every date); any onderwijssoort except HO;</li>
 *   <li>no startkwalificatie diploma dated on or before P: a diploma dated P is held on P;</li>
 *   <li>living in the municipality on P: the last move dated on or before P is not vertrek or emigratie (no
 *       move at all counts as living there; a later vestiging brings a person back). When several moves share
 *       that last date, one vestiging or binnen-gemeente move among them counts as living there.</li>
 * </ul>
 */
final class Population {
    private Population() {
    }

    static boolean isMember(LinkedData data, int person, PeildatumDays at) {
        return ageInRange(data.persons().birthMonth()[person], at)
                && enrolmentOn(data.enrolments(), person, at.day()) >= 0
                && !holdsStartkwalificatie(data.diplomas(), person, at.day())
                && residentOn(data.moves(), person, at.day());
    }

    static boolean ageInRange(int birthMonth, PeildatumDays at) {
        int age = Peildatum.ageOn(Math.floorDiv(birthMonth, 12), Math.floorMod(birthMonth, 12) + 1, at.date());
        return age >= Peildatum.MIN_AGE && age <= Peildatum.MAX_AGE;
    }

    /** The preferred non-HO enrolment row running on {@code day} (global index), or -1. */
    static int enrolmentOn(Enrolments e, int person, int day) {
        int best = -1;
        int to = e.offsets()[person + 1];
        for (int r = e.offsets()[person]; r < to && e.begin()[r] <= day; r++) {
            if (e.end()[r] >= day && e.soort(r) != Onderwijssoort.HO
                    && (best < 0 || EnrolmentPreference.prefers(e, r, best))) {
                best = r;
            }
        }
        return best;
    }

    static boolean holdsStartkwalificatie(Diplomas d, int person, int day) {
        int to = d.offsets()[person + 1];
        for (int r = d.offsets()[person]; r < to && d.date()[r] <= day; r++) {
            if (d.soort(r).isStartkwalificatie()) {
                return true;
            }
        }
        return false;
    }

    static boolean residentOn(Moves m, int person, int day) {
        int from = m.offsets()[person];
        int last = from - 1;
        int to = m.offsets()[person + 1];
        while (last + 1 < to && m.date()[last + 1] <= day) {
            last++;
        }
        if (last < from) {
            return true;
        }
        int lastDate = m.date()[last];
        for (int r = last; r >= from && m.date()[r] == lastDate; r--) {
            if (!m.kind(r).leavesMunicipality()) {
                return true;
            }
        }
        return false;
    }

    /** True when the enrolment row is running on day (any onderwijssoort): used by the label. */
    static boolean anyEnrolmentOn(Enrolments e, int person, int day) {
        int to = e.offsets()[person + 1];
        for (int r = e.offsets()[person]; r < to && e.begin()[r] <= day; r++) {
            if (e.end()[r] >= day) {
                return true;
            }
        }
        return false;
    }
}
