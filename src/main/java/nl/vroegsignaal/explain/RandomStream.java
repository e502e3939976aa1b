package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The blind random stream beside the risk selection (the Algoritmekader's random sample): on each age-band list a
 * small share of the places ({@link #share}) goes to young people drawn at random, with a recorded seed, from those
 * ranked just below the cut-off (the next {@link #pool} times the list's capacity). The list itself does not say who
 * they are; {@link Draw} records it for the owner, so that the effect of contact can later be estimated without
 * bias: the drawn and the not drawn of the same strip differ only by chance.
 *
 * @param share    share of each list's places drawn at random (the list keeps its capacity)
 * @param pool     the strip drawn from: this many times the list's capacity, ranked just below the risk selection
 * @param seed     the configured seed; each list draws with {@link #seedFor(LocalDate, AgeBand)}
 * @param decision the privacy officer's decision that allows the stream (recorded with each list)
 */
public record RandomStream(double share, double pool, long seed, String decision) {
    public RandomStream {
        if (!(share > 0 && share <= 0.5) || !(pool >= 2 * share && pool <= 10)) {
            throw new IllegalArgumentException("random stream: share must be in (0, 0.5] and pool in [2 * share, 10], "
                    + "got " + share + " and " + pool);
        }
    }

    /** One person of a list's strip below the cut-off: their rank within the strip and whether drawn onto the list. */
    public record Member(String pseudonym, int stripRank, boolean drawn) {
    }

    /**
     * What a list's draw was: the seed used, how many places were drawn ({@code drawn}) from the strip of
     * {@code members.size()} persons just below the risk selection, and who was in the strip.
     */
    public record Draw(String listKey, LocalDate peildatum, long seed, double share, double pool, String decision,
                       int capacity, List<Member> members) {
        public Draw {
            members = List.copyOf(members);
        }

        public int drawn() {
            return (int) members.stream().filter(Member::drawn).count();
        }
    }

    /** The seed a band's list at a peildatum draws with: the configured seed mixed with both. */
    public long seedFor(LocalDate peildatum, AgeBand band) {
        return mix(seed + GOLDEN * (peildatum.toEpochDay() * 2 + band.ordinal() + 1));
    }

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** The SplitMix64 finaliser, spelled out here so that a draw never depends on the JDK's generators. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** How many of a list's {@code capacity} places are drawn at random. */
    public int places(int capacity) {
        return (int) Math.round(share * capacity);
    }

    /**
     * The band's list with the stream: the top {@code capacity - places} of {@code ranked} by risk, and
     * {@code places} drawn at random from the next {@code pool * capacity}; all in rank order.
     *
     * @param ranked the band's positions in rank order (highest risk first), at least the list's capacity when
     *               there are that many persons
     * @return the chosen positions in rank order, and the draw
     */
    Chosen choose(int[] ranked, int capacity, String listKey, LocalDate peildatum, AgeBand band,
                  String[] pseudonyms) {
        int places = Math.min(places(capacity), capacity);
        int kept = capacity - places;
        int strip = Math.min((int) Math.round(pool * capacity), ranked.length - kept);
        if (places == 0 || strip <= places) {
            // too few below the cut-off to draw from: the plain risk selection, and no draw
            return new Chosen(Arrays.copyOf(ranked, Math.min(capacity, ranked.length)), null);
        }
        long s = seedFor(peildatum, band);
        long state = s;
        int[] order = new int[strip];
        for (int i = 0; i < strip; i++) {
            order[i] = i;
        }
        for (int i = 0; i < places; i++) { // partial Fisher-Yates: the first `places` are a uniform draw
            state += GOLDEN;
            int j = i + (int) Long.remainderUnsigned(mix(state), strip - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        boolean[] drawn = new boolean[strip];
        for (int i = 0; i < places; i++) {
            drawn[order[i]] = true;
        }
        int[] chosen = new int[capacity];
        System.arraycopy(ranked, 0, chosen, 0, kept);
        int c = kept;
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < strip; i++) {
            members.add(new Member(pseudonyms[ranked[kept + i]], i + 1, drawn[i]));
            if (drawn[i]) {
                chosen[c++] = ranked[kept + i];
            }
        }
        return new Chosen(chosen, new Draw(listKey, peildatum, s, share, pool, decision, capacity, members));
    }

    /** A band's list positions and its draw (null when none was made). */
    record Chosen(int[] positions, Draw draw) {
    }
}
