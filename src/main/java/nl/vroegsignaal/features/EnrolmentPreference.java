package nl.vroegsignaal.features;

import nl.vroegsignaal.link.Enrolments;

/**
 * Which of two enrolment rows counts as "the" enrolment when several qualify (overlapping rows around a
 * switch). Independent of file order, so that shuffled input rows give the same result: the later begin
 * wins, then the higher onderwijssoort, then the higher leerjaar, then the larger brin code.
 */
final class EnrolmentPreference {
    private EnrolmentPreference() {
    }

    /** True when row a is preferred over row b (global row indices). */
    static boolean prefers(Enrolments e, int a, int b) {
        if (e.begin()[a] != e.begin()[b]) {
            return e.begin()[a] > e.begin()[b];
        }
        if (e.soort()[a] != e.soort()[b]) {
            return e.soort()[a] > e.soort()[b];
        }
        if (e.leerjaar()[a] != e.leerjaar()[b]) {
            return e.leerjaar()[a] > e.leerjaar()[b];
        }
        return e.brinCodes().get(e.brin()[a]).compareTo(e.brinCodes().get(e.brin()[b])) > 0;
    }
}
