package nl.vroegsignaal.followup;

import java.util.HashSet;
import java.util.Set;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.PersonContext;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.fairness.Wilson;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * Did a past list find the young people who left? Among its persons whose outcome the newest input knows, the share
 * who left (precision at the list's capacity), and among all in the list's age group at that peildatum who left, the
 * share on the list (recall); each with its 95% Wilson interval and the disclosure rule, against the precision the
 * list promised.
 */
final class BackTesting {
    private BackTesting() {
    }

    static FollowUp.BackTest of(PastList list, FeatureMatrix m, Outcomes at) {
        AgeBand band = list.json().lijst().equals("rmc") ? AgeBand.RMC : AgeBand.LEERPLICHT;
        Set<Integer> listed = new HashSet<>();
        for (PastList.Listed s : list.json().signalen()) {
            int r = at.row(s.pseudoniem());
            if (r >= 0) {
                listed.add(r);
            }
        }
        AgeBand[] bands = PersonContext.bands(m, at.rows);
        int withOutcome = 0;
        int left = 0;
        int allLeft = 0;
        int labelled = 0;
        for (int i = 0; i < at.rows.length; i++) {
            int r = at.rows[i];
            byte label = m.label()[r];
            if (label == FeatureMatrix.NO_LABEL || bands[i] != band) {
                continue;
            }
            labelled++;
            allLeft += label;
            if (listed.contains(r)) {
                withOutcome++;
                left += label;
            }
        }
        // precision and recall with the group's size give its whole 2x2 table: shown only when no cell is small
        boolean hidden = Disclosure.hidesSelection(left, withOutcome, allLeft, labelled);
        Rate precision = Wilson.rate(left, hidden, withOutcome, Disclosure.hidesCount(withOutcome));
        Rate recall = Wilson.rate(left, hidden, allLeft, Disclosure.hidesCount(allLeft));
        double promised = list.json().verwachtePrecisie().doubleValue();
        boolean kept = !precision.suppressed() && precision.lower() <= promised && promised <= precision.upper();
        return new FollowUp.BackTest(list.json().lijst(), list.json().date(), list.json().capaciteit(), promised,
                list.json().precisieBasis(), withOutcome, precision, recall, kept);
    }
}
