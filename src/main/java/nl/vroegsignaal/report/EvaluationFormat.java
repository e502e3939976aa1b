package nl.vroegsignaal.report;

import java.util.Locale;
import nl.vroegsignaal.model.Estimate;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.disclosure.Disclosure;

/** Text formatting of the evaluation report: numbers in Locale.ROOT, suppressed cells (templates escape). */
public final class EvaluationFormat {
    public static final String NOT_AVAILABLE = "n/a";

    private EvaluationFormat() {
    }

    public static String num(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return NOT_AVAILABLE;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** "0.812 (0.794 to 0.829)", or the value alone without an interval. */
    public static String estimate(Estimate e, int decimals) {
        if (!e.hasInterval()) {
            return num(e.value(), decimals);
        }
        return num(e.value(), decimals) + " (" + num(e.lower(), decimals) + " to " + num(e.upper(), decimals) + ")";
    }

    /** An estimate, or "afgeschermd" when the privacy rule hides it (see {@link EvaluationDisclosure}). */
    public static String rate(Estimate e, boolean hidden, int decimals) {
        return hidden ? Disclosure.PAGE_MARK : estimate(e, decimals);
    }

    /** A count of persons, or the mark when hidden. */
    public static String count(double persons, boolean hidden) {
        return hidden ? Disclosure.PAGE_MARK : count(persons);
    }

    /** A setting such as the list length k: always shown, also when small. */
    public static String setting(int value) {
        return String.valueOf(value);
    }

    /** A count of persons, hidden when under 10; fractional expected counts get one decimal. */
    public static String count(double persons) {
        if (Disclosure.hidesCount(persons)) {
            return Disclosure.PAGE_MARK;
        }
        return persons == Math.rint(persons) ? String.valueOf((long) persons) : num(persons, 1);
    }
}
