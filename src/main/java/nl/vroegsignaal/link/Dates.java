package nl.vroegsignaal.link;

/** Dates inside the linked data are epoch days (int); an open end date is {@link #OPEN}. */
public final class Dates {
    /** "Still running": sorts after every real date. */
    public static final int OPEN = Integer.MAX_VALUE;

    private Dates() {
    }

    /** Birth month as one int: year * 12 + (month - 1). */
    public static int monthIndex(int year, int month) {
        return year * 12 + (month - 1);
    }
}
