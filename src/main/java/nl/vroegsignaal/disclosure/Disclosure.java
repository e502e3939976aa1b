package nl.vroegsignaal.disclosure;

/**
 * The privacy rule for aggregated outputs, in one place: no statistic about fewer than {@link #MIN_PERSONS}
 * persons may be shown or worked out from the figures beside it.
 *
 * <p>A statistic about persons is a count of persons in a group defined by their data (a cohort, a sector, a
 * sex, those on the list, those who left school) or a rate on such counts. Figures about files and settings are
 * not: the rows of an input file, how many rows were linked or rejected, numbers of files, thresholds,
 * capacities. Those are always shown, also when small or zero ({@link Kind}).
 *
 * <p>A hidden figure is written one way everywhere: in JSON as {@code null} with a reason beside it (see
 * {@link DisclosureJson}), on a page as {@link #PAGE_MARK}. The reason never says whether the figure was small
 * or hidden to protect another, because telling the two apart narrows the hidden value down.
 */
public final class Disclosure {
    /** The smallest number of persons a figure may show or give away. */
    public static final int MIN_PERSONS = 10;
    /** How a hidden figure appears on every page (HTML, Markdown, notebook, log line). */
    public static final String PAGE_MARK = "afgeschermd";
    /** The reason written beside a hidden figure in JSON. */
    public static final String REASON = "minder dan " + MIN_PERSONS + " personen, of daaruit af te leiden";
    /** The note written beside a count printed rounded to a multiple of {@link #MIN_PERSONS}. */
    public static final String ROUNDED = "afgerond op een tiental: het echte aantal ligt minder dan " + MIN_PERSONS
            + " ervan af";
    /** The note beside a rate or ratio computed from such counts. */
    public static final String FROM_ROUNDED = "berekend uit afgeronde aantallen";
    /** Counts times rates come back with rounding noise; 10 must not turn into 9.999999999. */
    private static final double SLACK = 1e-9;

    /** What a figure counts: only persons are protected. */
    public enum Kind {
        /** Persons in a group defined by their data, or a rate on such counts. */
        PERSONS,
        /** Rows of an input or output file (read, linked, rejected), files, thresholds, settings. */
        NOT_PERSONS
    }

    private Disclosure() {
    }

    /** A figure of the given kind: hidden when it counts persons and is under {@link #MIN_PERSONS}. */
    public static boolean hides(Kind kind, double value) {
        return kind == Kind.PERSONS && hidesCount(value);
    }

    /** A count of persons: hidden when under 10, zero included (an empty group also tells something). */
    public static boolean hidesCount(double persons) {
        return persons < MIN_PERSONS - SLACK;
    }

    /** A share numerator / denominator: hidden when the numerator, the denominator or their difference is small. */
    public static boolean hidesRate(double numeratorPersons, double denominatorPersons) {
        return hidesCount(numeratorPersons) || hidesCount(denominatorPersons)
                || hidesCount(denominatorPersons - numeratorPersons);
    }

    /**
     * The figures of a selection within a group (precision, recall, lift): with the group's size, its positives
     * and the selected count they give the whole 2x2 table, so they are hidden when any of its four cells is
     * small.
     */
    public static boolean hidesSelection(double truePositives, double selected, double positives, double rows) {
        double falsePositives = selected - truePositives;
        double falseNegatives = positives - truePositives;
        double trueNegatives = rows - selected - falseNegatives;
        return hidesCount(truePositives) || hidesCount(falsePositives) || hidesCount(falseNegatives)
                || hidesCount(trueNegatives);
    }

    /** A count for a page: the number, or {@link #PAGE_MARK}. */
    public static String page(long persons, boolean hidden) {
        return hidden ? PAGE_MARK : Long.toString(persons);
    }

    /** The rule in English, for data scientists' reports and logs. */
    public static String ruleEn() {
        return "Counts of fewer than " + MIN_PERSONS + " persons, rates whose numerator, denominator or their "
                + "difference is under " + MIN_PERSONS + " persons, and figures from which such a count could be "
                + "worked out are shown as \"" + PAGE_MARK + "\" (in JSON: null, with the reason beside it). "
                + "Row counts of files are not figures about persons and are always shown.";
    }

    /** The rule in plain Dutch, for privacy officers and case workers. */
    public static String ruleNl() {
        return "Aantallen van minder dan " + MIN_PERSONS + " personen tonen we niet. Soms verbergen we ook een "
                + "groter aantal, omdat je anders met optellen en aftrekken een klein aantal zou kunnen uitrekenen. "
                + "Waar een cijfer ontbreekt staat \"" + PAGE_MARK + "\".";
    }
}
