package nl.vroegsignaal.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Dutch number, date and plural formatting, written out rather than taken from a Locale so that output is the
 * same on every machine and JDK. The rules, used by every Dutch text of the signal list:
 * <ul>
 * <li>How often something happened ("keer") is written in words up to ten at the start of a sentence
 * ("Twee keer verhuisd"), digits above ten ("11 keer").</li>
 * <li>Quantities with a unit are digits: "3 meldingen", "14 maanden", "18 jaar", "48 uur".</li>
 * <li>Decimals use a comma, with one decimal only where the value is not whole: "3,5".</li>
 * <li>Percentages are whole, rounded half up, with the sign attached: "12%"; a risk that rounds to 0 reads
 * "&lt;1%".</li>
 * <li>Dates read "1 oktober 2025".</li>
 * </ul>
 */
public final class NlFormat {
    private static final String[] WORDS = {"nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
        "negen", "tien"};
    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private NlFormat() {
    }

    /** A number of times at the start of a sentence: "Eén keer", "Twee keer", "11 keer". */
    public static String timesAtStart(long n) {
        String number = n >= 0 && n < WORDS.length ? WORDS[(int) n] : Long.toString(n);
        return capitalise(number) + " keer";
    }

    /** A count with its noun in the right number: "1 melding", "3 meldingen", "2,5 maanden". */
    public static String count(double value, String singular, String plural) {
        return number(value) + " " + (value == 1.0 ? singular : plural);
    }

    /** A number with at most one decimal, comma as separator: "3", "3,5", "-1". */
    public static String number(double value) {
        BigDecimal d = rounded(value, 1).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0, RoundingMode.UNNECESSARY);
        }
        return d.toPlainString().replace('.', ',');
    }

    /** Whole percentage of a probability, rounded half up (0.125 reads 13). */
    public static int wholePercent(double probability) {
        return rounded(probability * 100, 0).intValueExact();
    }

    /** A probability as a Dutch percentage: "12%", or "&lt;1%" when it rounds to 0 but is not 0. */
    public static String percent(double probability) {
        int p = wholePercent(probability);
        return p == 0 && probability > 0 ? "<1%" : p + "%";
    }

    /** "1 oktober 2025". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "1 oktober": a date without its year, e.g. the peildatum of every year. */
    public static String dayAndMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /** A fixed number of decimals with a point, for machine-readable files: deterministic, never exponent form. */
    public static BigDecimal fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /**
     * Rounds half up as a person would read the decimal value: first to 10 decimals, which removes binary noise
     * (0.235 is stored as 0.23499999...), then to the wanted scale. Exact arithmetic, so the same everywhere.
     */
    private static BigDecimal rounded(double value, int scale) {
        return new BigDecimal(value).setScale(10, RoundingMode.HALF_EVEN).setScale(scale, RoundingMode.HALF_UP);
    }

    static String capitalise(String s) {
        if (s.startsWith("één")) {
            return "Eén" + s.substring(3); // Dutch drops the first accent at the start of a sentence
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
