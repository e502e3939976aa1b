package nl.vroegsignaal.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.Rate;
import nl.vroegsignaal.fairness.Wilson;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.link.ContactLogFile;

/**
 * The effect of contact, from the random stream: on each past list with a draw, the young people of the strip just
 * below the cut-off were drawn onto the list or not by lot alone, so the drawn and the not drawn differ only by chance.
 * Not everyone drawn was reached, and who is reached is not random; so the drawn who were not reached are set against
 * the same share of the not drawn (those the team would not have reached either, as the lot guarantees in
 * expectation). With, per list (stratum, weighted by its strip's size), D the leaving rate of the drawn, C that of the
 * not drawn, r the share of the drawn the team reached and M the share of the drawn who were not reached and left:
 * <ul>
 * <li>the leaving rate of comparable young people without contact is (C - M) / r, and that of the reached drawn
 * (D - M) / r; their difference (D - C) / r is the effect in percentage points among those contact reaches;</li>
 * <li>the share by which contact lowers the chance of leaving is (C - D) / (C - M).</li>
 * </ul>
 * Both are ratios of means; their 95% intervals are Fieller's (the set of values a z-test of the linear contrast does
 * not reject), which stay honest when the denominator is uncertain and say "not determinable" when it could be 0.
 * Everything rests on the lot; nothing else about the persons is used.
 */
final class EffectEstimate {
    private static final double Z = 1.959963984540054;

    private EffectEstimate() {
    }

    /** Counts of one list's strip: the drawn by contact and outcome, and the not drawn by outcome. */
    private static final class Stratum {
        int drawn;
        int reached;
        int reachedLeft;
        int notReachedLeft;
        int control;
        int controlLeft;

        int strip() {
            return drawn + control;
        }
    }

    static FollowUp.Effect of(List<PastList> lists, FeatureMatrix m, Map<java.time.LocalDate, Outcomes> outcomes) {
        List<Stratum> strata = new ArrayList<>();
        for (PastList l : lists) {
            if (l.draw().isEmpty()) {
                continue;
            }
            Outcomes at = outcomes.computeIfAbsent(l.json().date(), d -> new Outcomes(m, d));
            Map<String, ContactLogFile.Row> log = new HashMap<>();
            l.log().ifPresent(c -> c.rows().forEach(r -> log.put(r.pseudonym(), r)));
            Stratum s = new Stratum();
            for (PastList.Member mb : l.draw().get().strookleden()) {
                int row = at.row(mb.pseudoniem());
                if (row < 0 || m.label()[row] == FeatureMatrix.NO_LABEL) {
                    continue; // outcome not known (yet): out of both arms alike
                }
                boolean left = m.label()[row] == 1;
                if (mb.getrokken()) {
                    ContactLogFile.Row r = log.get(mb.pseudoniem());
                    boolean reached = r != null && r.outcome().isPresent() && r.outcome().get().contacted();
                    s.drawn++;
                    if (reached) {
                        s.reached++;
                        s.reachedLeft += left ? 1 : 0;
                    } else {
                        s.notReachedLeft += left ? 1 : 0;
                    }
                } else {
                    s.control++;
                    s.controlLeft += left ? 1 : 0;
                }
            }
            if (s.drawn > 0 && s.control > 0) {
                strata.add(s);
            }
        }
        int drawnLists = (int) lists.stream().filter(l -> l.draw().isPresent()).count();
        if (drawnLists == 0) {
            return FollowUp.Effect.none();
        }
        int drawn = 0;
        int reached = 0;
        int reachedLeft = 0;
        int notReachedLeft = 0;
        int control = 0;
        int controlLeft = 0;
        for (Stratum s : strata) {
            drawn += s.drawn;
            reached += s.reached;
            reachedLeft += s.reachedLeft;
            notReachedLeft += s.notReachedLeft;
            control += s.control;
            controlLeft += s.controlLeft;
        }
        // every cell the figures below could reveal: reached and not reached drawn, by outcome; not drawn, by outcome
        boolean hidden = Disclosure.hidesRate(reachedLeft, reached) || Disclosure.hidesRate(notReachedLeft,
                drawn - reached) || Disclosure.hidesRate(controlLeft, control);
        Rate reachedRate = Wilson.rate(reachedLeft, hidden, reached, Disclosure.hidesCount(reached));
        Rate notReachedRate = Wilson.rate(notReachedLeft, hidden, drawn - reached,
                Disclosure.hidesCount(drawn - reached));
        Rate controlRate = Wilson.rate(controlLeft, hidden, control, Disclosure.hidesCount(control));
        if (hidden) {
            return new FollowUp.Effect(FollowUp.EffectVerdict.TOO_FEW, drawnLists, drawn, reached, control,
                    reachedRate, notReachedRate, controlRate, Double.NaN, Estimate.suppressedEstimate(),
                    Estimate.suppressedEstimate());
        }
        Sums share = new Sums();
        Sums points = new Sums();
        double total = strata.stream().mapToInt(Stratum::strip).sum();
        double comparableNum = 0;
        for (Stratum s : strata) {
            double w = s.strip() / total;
            double nd = s.drawn;
            double nc = s.control;
            double d = (s.reachedLeft + s.notReachedLeft) / nd;
            double mm = s.notReachedLeft / nd;
            double r = s.reached / nd;
            double c = s.controlLeft / nc;
            double varC = c * (1 - c) / nc;
            double varD = d * (1 - d) / nd;
            // share: A = C - D, B = C - M
            share.add(w, c - d, c - mm, varC + varD, varC + mm * (1 - mm) / nd, varC + mm * (1 - d) / nd);
            // percentage points: A = D - C, B = r
            points.add(w, d - c, r, varC + varD, r * (1 - r) / nd, (s.reachedLeft / nd - d * r) / nd);
            comparableNum += w * (c - mm);
        }
        Estimate e = share.fieller();
        Estimate diff = points.fieller();
        double comparableRate = comparableNum / points.b;
        FollowUp.EffectVerdict verdict = e.suppressed() || Double.isNaN(e.lower()) ? FollowUp.EffectVerdict.TOO_FEW
                : e.lower() > 0 ? FollowUp.EffectVerdict.LOWERS : e.upper() < 0 ? FollowUp.EffectVerdict.RAISES
                : FollowUp.EffectVerdict.NOT_SHOWN;
        if (verdict == FollowUp.EffectVerdict.TOO_FEW) {
            e = Estimate.suppressedEstimate();
            diff = Estimate.suppressedEstimate();
        }
        return new FollowUp.Effect(verdict, drawnLists, drawn, reached, control, reachedRate, notReachedRate,
                controlRate, comparableRate, diff, e);
    }

    /** A stratified ratio A / B of means with the variances and covariance of A and B. */
    private static final class Sums {
        double a;
        double b;
        double va;
        double vb;
        double cab;

        void add(double w, double ai, double bi, double vai, double vbi, double cabi) {
            a += w * ai;
            b += w * bi;
            va += w * w * vai;
            vb += w * w * vbi;
            cab += w * w * cabi;
        }

        /**
         * Fieller's 95% interval of A / B: all t with (A - tB)^2 <= z^2 Var(A - tB). Bounded only when B is clearly
         * away from 0 (B^2 > z^2 Var B); otherwise "not determinable" (suppressed).
         */
        Estimate fieller() {
            double z2 = Z * Z;
            double qa = b * b - z2 * vb;
            if (!(qa > 0)) {
                return Estimate.suppressedEstimate();
            }
            double qb = -2 * (a * b - z2 * cab);
            double qc = a * a - z2 * va;
            double disc = Math.max(0, qb * qb - 4 * qa * qc);
            double root = Math.sqrt(disc);
            return Estimate.of(a / b, (-qb - root) / (2 * qa), (-qb + root) / (2 * qa));
        }
    }
}
