package nl.vroegsignaal.link;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The complete school years (1 August to 31 July) a data-quality report compares, e.g. 2019/20 to 2025/26: from
 * the one holding the first peildatum to the last one that ends before the horizon. Earlier years hold only the
 * young people who are still in scope later (their records ramp up as they age into it: more diplomas each year,
 * for instance), so their volumes say nothing about how a source is registered. A year is named by the calendar
 * year it starts in.
 */
final class SchoolYears {
    private final int first;
    /** Epoch day of 1 August of each year, and of the year after the last. */
    private final int[] starts;

    private SchoolYears(int first, int last) {
        this.first = first;
        this.starts = new int[Math.max(0, last - first + 2)];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = (int) LocalDate.of(first + i, 8, 1).toEpochDay();
        }
    }

    static SchoolYears between(int firstPeildatumDay, int horizonDay) {
        int first = of(LocalDate.ofEpochDay(firstPeildatumDay));
        // complete when its 31 July lies before the horizon (the data holds what was known before the horizon)
        int last = of(LocalDate.ofEpochDay(horizonDay)) - 1;
        return new SchoolYears(first, Math.max(first - 1, last));
    }

    /** The school year a date falls in, by the calendar year it starts in. */
    static int of(LocalDate d) {
        return d.getMonthValue() >= 8 ? d.getYear() : d.getYear() - 1;
    }

    int count() {
        return Math.max(0, starts.length - 1);
    }

    /** Index of the year holding the day (0 = first), or -1 outside the years. */
    int index(int day) {
        if (count() == 0 || day < starts[0] || day >= starts[starts.length - 1]) {
            return -1;
        }
        int at = Arrays.binarySearch(starts, day);
        return at >= 0 ? at : -at - 2;
    }

    /** e.g. {@code 2024/25}. */
    String name(int index) {
        int y = first + index;
        return y + "/" + String.format(Locale.ROOT, "%02d", (y + 1) % 100);
    }
}
