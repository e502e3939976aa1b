package nl.vroegsignaal.explain;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Chooses who is on the list: the top K by calibrated risk. Calibration can map different scores to the same
 * risk (an isotonic step), so ties are broken by the uncalibrated score (higher first), then by pseudonym
 * (ascending, by UTF-16 code units as {@link String#compareTo} orders them), which makes the choice and the
 * order the same on every run.
 */
public final class SignalRanking {
    private SignalRanking() {
    }

    /**
     * Positions (into the given arrays) of the top {@code k}, highest first.
     *
     * @throws IllegalArgumentException when a risk or score is not a number
     */
    public static int[] top(double[] risk, double[] score, String[] pseudonym, int k) {
        int n = risk.length;
        if (score.length != n || pseudonym.length != n) {
            throw new IllegalArgumentException("risk, score and pseudonym must have one entry per person: "
                    + n + ", " + score.length + ", " + pseudonym.length);
        }
        for (int i = 0; i < n; i++) {
            // the position only: logs and messages never show a pseudonym
            if (Double.isNaN(risk[i]) || Double.isNaN(score[i])) {
                throw new IllegalArgumentException("the risk or score of person " + i + " is not a number");
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byRank = Comparator.<Integer>comparingDouble(i -> -risk[i])
                .thenComparingDouble(i -> -score[i])
                .thenComparing(i -> pseudonym[i]);
        Arrays.sort(order, byRank);
        int size = Math.min(k, n);
        int[] top = new int[size];
        for (int i = 0; i < size; i++) {
            top[i] = order[i];
        }
        return top;
    }
}
