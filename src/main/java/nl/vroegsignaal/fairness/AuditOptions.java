package nl.vroegsignaal.fairness;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the audit computes and judges.
 *
 * @param seed               seed of the bootstrap (recorded in the report)
 * @param bootstrapResamples resamples for the percentile intervals of ratios and means (default 1000)
 * @param minCell            the smallest count that may be shown (default 10)
 * @param bandLow            lower edge of the tolerance band for ratios (default 0.8, the four-fifths rule)
 * @param bandHigh           upper edge (default 1.25 = 1/0.8, so the band is symmetric on a log scale)
 * @param referenceGroups    attribute key (see {@link ProtectedAttribute#key()}) to group code; an attribute not
 *                           named here uses its largest group; a key the audited data has no attribute for is
 *                           refused when the audit runs
 */
public record AuditOptions(long seed, int bootstrapResamples, int minCell, double bandLow, double bandHigh,
                           Map<String, String> referenceGroups) {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final int DEFAULT_MIN_CELL = nl.vroegsignaal.disclosure.Disclosure.MIN_PERSONS;
    public static final double DEFAULT_BAND_LOW = 0.8;
    public static final double DEFAULT_BAND_HIGH = 1.25;

    public AuditOptions {
        if (bootstrapResamples < 100) {
            throw new IllegalArgumentException("bootstrapResamples: must be >= 100 for a 95% percentile interval,"
                    + " got " + bootstrapResamples);
        }
        if (minCell != nl.vroegsignaal.disclosure.Disclosure.MIN_PERSONS) {
            throw new IllegalArgumentException("minCell: the disclosure rule fixes it at "
                    + nl.vroegsignaal.disclosure.Disclosure.MIN_PERSONS + ", got " + minCell);
        }
        if (!(bandLow > 0 && bandLow < 1 && bandHigh > 1 && Double.isFinite(bandHigh))) {
            throw new IllegalArgumentException("band: expected 0 < bandLow < 1 < bandHigh, got [" + bandLow + ", "
                    + bandHigh + "]");
        }
        referenceGroups = referenceGroups == null ? Map.of() : Map.copyOf(referenceGroups);
    }

    public static AuditOptions defaults(long seed) {
        return new AuditOptions(seed, DEFAULT_RESAMPLES, DEFAULT_MIN_CELL, DEFAULT_BAND_LOW, DEFAULT_BAND_HIGH,
                Map.of());
    }

    public AuditOptions withReferenceGroups(Map<String, String> groups) {
        return new AuditOptions(seed, bootstrapResamples, minCell, bandLow, bandHigh, groups);
    }

    public AuditOptions withResamples(int resamples) {
        return new AuditOptions(seed, resamples, minCell, bandLow, bandHigh, referenceGroups);
    }

    /** The reference groups sorted by attribute key, for stable output. */
    public Map<String, String> sortedReferenceGroups() {
        return new TreeMap<>(referenceGroups);
    }
}
