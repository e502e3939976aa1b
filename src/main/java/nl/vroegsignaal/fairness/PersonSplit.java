package nl.vroegsignaal.fairness;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ArraySampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded split of rows by person: persons in sorted pseudonym order are shuffled, and the first {@code share}
 * of them form one side. A person with rows at several peildata is never on both sides.
 */
final class PersonSplit {
    private PersonSplit() {
    }

    static boolean[] firstShare(String[] pseudonym, long seed, double share) {
        String[] persons = Arrays.stream(pseudonym).distinct().sorted().toArray(String[]::new);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ArraySampler.shuffle(rng, persons);
        int cut = (int) Math.round(persons.length * share);
        Set<String> side = new HashSet<>(Arrays.asList(persons).subList(0, cut));
        boolean[] in = new boolean[pseudonym.length];
        for (int r = 0; r < in.length; r++) {
            in[r] = side.contains(pseudonym[r]);
        }
        return in;
    }
}
