package nl.vroegsignaal.explain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * The lists of one signal run: leerplicht and RMC always (each possibly empty), then one per configured
 * school; and, where the random stream is on, each age-band list's draw (for the owner only: the lists do not say
 * who was drawn).
 */
public record SignalLists(List<SignalList> lists, List<RandomStream.Draw> draws) {
    public SignalLists {
        lists = List.copyOf(lists);
        draws = List.copyOf(draws);
    }

    /** Lists without a random stream. */
    public SignalLists(List<SignalList> lists) {
        this(lists, List.of());
    }

    /** The draw of a list, if the random stream drew for it. */
    public java.util.Optional<RandomStream.Draw> drawOf(String listKey) {
        return draws.stream().filter(d -> d.listKey().equals(listKey)).findFirst();
    }

    public SignalList of(AgeBand band) {
        return lists.stream().filter(l -> l.key().equals(band.key())).findFirst().orElseThrow();
    }

    /** The leerplicht and RMC lists, in that order. */
    public List<SignalList> byBand() {
        return List.of(of(AgeBand.LEERPLICHT), of(AgeBand.RMC));
    }

    /** How many persons are on the leerplicht or the RMC list. */
    public int listed() {
        return byBand().stream().mapToInt(l -> l.signals().size()).sum();
    }

    /**
     * Per entry of {@code rows}, whether that person is on the leerplicht or the RMC list: the fairness audit's
     * view of the lists (fairness.ListInput), which needs no pseudonyms.
     */
    public boolean[] onList(FeatureMatrix matrix, int[] rows) {
        Set<String> listed = new HashSet<>();
        for (SignalList l : byBand()) {
            for (Signal s : l.signals()) {
                listed.add(s.pseudonym());
            }
        }
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = listed.contains(matrix.pseudonym()[rows[i]]);
        }
        return out;
    }
}
