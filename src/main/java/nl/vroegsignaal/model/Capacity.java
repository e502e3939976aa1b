package nl.vroegsignaal.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many young people the case workers of the region can contact per year: either a fixed count or a share
 * of the population at the peildatum. Exactly one of the two is set.
 *
 * @param count number of signals per year, at least 1; or null
 * @param share share of the population in (0, 1]; or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Capacity(Integer count, Double share) {

    public Capacity {
        if (count == null && share == null) {
            throw new IllegalArgumentException("capacity: set exactly one of count or share (neither was set)");
        }
        if (count != null && share != null) {
            throw new IllegalArgumentException("capacity: set exactly one of count or share (both were set: count "
                    + count + ", share " + share + ")");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("capacity.count: must be at least 1, got " + count);
        }
        if (share != null && !(share > 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("capacity.share: must be greater than 0 and at most 1, got " + share);
        }
    }

    public static Capacity ofCount(int count) {
        return new Capacity(count, null);
    }

    public static Capacity ofShare(double share) {
        return new Capacity(null, share);
    }

    /**
     * The number of persons selected in a population of the given size: a count is capped at the population;
     * a share is rounded half-up (in decimal, so 2.5% of 200 is exactly 5) and kept between 1 and the population.
     */
    public int resolve(int populationSize) {
        if (populationSize < 1) {
            throw new IllegalArgumentException("capacity: the population must hold at least 1 person, got "
                    + populationSize);
        }
        if (count != null) {
            return Math.min(count, populationSize);
        }
        int k = BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(populationSize))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(1, Math.min(k, populationSize));
    }

    /** Short English description for reports, e.g. "500 per year" or "5% of the population". */
    public String describe() {
        if (count != null) {
            return count + " per year";
        }
        return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "% of the population";
    }
}
