package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many persons go on the leerplicht and the RMC list: the top {@code k} of the whole population split by
 * age band (one shared capacity, as one team works both), or the top of each band at its own capacity. The
 * same rule chooses the list at the peildatum and, in the signal stage, on the test cohort where the list's
 * "how often is a signal right" is measured.
 */
public sealed interface Selection {

    /** One capacity for both lists: the top k overall, each person on the list of their band. */
    record Shared(int k) implements Selection {
    }

    /** A capacity per band: the top of each band. */
    record PerBand(int leerplicht, int rmc) implements Selection {
        int of(AgeBand band) {
            return band == AgeBand.LEERPLICHT ? leerplicht : rmc;
        }
    }

    /**
     * Per band, the positions (into the given arrays) of the persons chosen, highest risk first (ties as in
     * {@link SignalRanking}).
     */
    default Map<AgeBand, int[]> select(double[] risk, double[] score, String[] pseudonym, AgeBand[] band) {
        Map<AgeBand, int[]> out = new EnumMap<>(AgeBand.class);
        if (this instanceof Shared shared) {
            int[] top = SignalRanking.top(risk, score, pseudonym, shared.k());
            for (AgeBand b : AgeBand.values()) {
                out.put(b, java.util.Arrays.stream(top).filter(i -> band[i] == b).toArray());
            }
            return out;
        }
        PerBand per = (PerBand) this;
        for (AgeBand b : AgeBand.values()) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < band.length; i++) {
                if (band[i] == b) {
                    in.add(i);
                }
            }
            int n = in.size();
            double[] r = new double[n];
            double[] s = new double[n];
            String[] p = new String[n];
            for (int j = 0; j < n; j++) {
                r[j] = risk[in.get(j)];
                s[j] = score[in.get(j)];
                p[j] = pseudonym[in.get(j)];
            }
            int[] top = SignalRanking.top(r, s, p, per.of(b));
            out.put(b, java.util.Arrays.stream(top).map(in::get).toArray());
        }
        return out;
    }
}
