package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the findings, which is the order of the first screen: what the model causes or widens first, then
 * what today's practice causes and the model does not, then what cannot be attributed, then what follows the
 * dropout rates. Within that by kind (a misjudged risk, then missed leavers, then the list share), single
 * attributes before their intersection, for today's practice the groups it over-selects first, and the clearest
 * first: the interval that lies furthest outside the band.
 */
public final class Findings {
    private Findings() {
    }

    /** @param groupings the audit's groupings, in report order (ties are broken by it) */
    static List<Finding> ordered(List<Finding> findings, AuditOptions opt, List<ProtectedAttribute> groupings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparingInt((Finding f) -> causeRank(f.cause()))
                .thenComparingInt(f -> f.kind().ordinal())
                .thenComparingInt(f -> f.attribute().isIntersection() ? 1 : 0)
                .thenComparingInt(Findings::practiceUnderSelects)
                .thenComparing(Comparator.comparingDouble((Finding f) -> clearance(f, opt)).reversed())
                .thenComparingInt(f -> groupings.indexOf(f.attribute()))
                .thenComparing(f -> f.group().code()));
        return List.copyOf(out);
    }

    /**
     * Today's practice ranks by one record (absence): a group it puts on the list more often than the truth would
     * is where that record weighs more than the risk (for example absence registered more often than it
     * happens), the first question for the source; the groups it puts on the list less often are the other side
     * of the same fixed-length list, so they come after it.
     */
    private static int practiceUnderSelects(Finding f) {
        return f.cause() == Cause.PRACTICE && f.practice().value() < 1 ? 1 : 0;
    }

    private static int causeRank(Cause c) {
        return switch (c) {
            case MODEL -> 0;
            case PRACTICE -> 1;
            case UNKNOWN -> 2;
            case WORLD -> 3;
        };
    }

    /** How far (on a log scale) the deciding interval lies outside the band; 0 when it does not. */
    static double clearance(Finding f, AuditOptions opt) {
        Estimate e = f.cause() == Cause.MODEL && !f.excess().suppressed() ? f.excess()
                : f.cause() == Cause.PRACTICE ? f.practice() : f.model().ratio();
        if (e.suppressed() || Double.isNaN(e.lower()) || Double.isNaN(e.upper())) {
            return 0;
        }
        if (e.upper() < opt.bandLow()) {
            return Math.log(opt.bandLow() / e.upper());
        }
        if (e.lower() > opt.bandHigh()) {
            return Math.log(e.lower() / opt.bandHigh());
        }
        return 0;
    }
}
