package nl.vroegsignaal.fairness;

/**
 * A count of persons as it may be published. A suppressed count carries no value at all (-1), so no writer can
 * print it by mistake; whether it was suppressed for being small or to protect another cell is deliberately not
 * recorded, because telling the two apart narrows the hidden value down.
 */
public record Count(int value, boolean suppressed) {
    private static final Count SUPPRESSED = new Count(-1, true);

    public Count {
        if (suppressed ? value != -1 : value < 0) {
            throw new IllegalArgumentException("a shown count is >= 0 and a suppressed one is -1, got " + value
                    + (suppressed ? " (suppressed)" : ""));
        }
    }

    public static Count shown(int value) {
        return new Count(value, false);
    }

    public static Count suppressedCount() {
        return SUPPRESSED;
    }
}
