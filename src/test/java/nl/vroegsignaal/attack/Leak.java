package nl.vroegsignaal.attack;

import java.util.List;

/** A count of persons a reader can pin down to a range that is narrower than 10 and starts below 10. */
record Leak(String what, long lo, long hi) {
    static final int MIN = 10;

    /** Adds a leak when the integer range [ceil(lo), floor(hi)] is not protected. */
    static void check(List<Leak> out, String what, double lo, double hi) {
        long l = (long) Math.ceil(lo - 1e-6);
        long h = Double.isInfinite(hi) ? Long.MAX_VALUE : (long) Math.floor(hi + 1e-6);
        if (l < MIN && h - l < MIN) {
            out.add(new Leak(what, l, h));
        }
    }

    @Override
    public String toString() {
        return what + " in [" + lo + ", " + hi + "]";
    }
}
