package nl.vroegsignaal.model;

import java.util.Arrays;
import nl.vroegsignaal.features.FeatureMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The training rows the grid is compared on when there are more than {@code train.selectionRows}: a seeded
 * sample that keeps the share of VSV cases (drawn separately from the cases and the others), in row order.
 * Ranking candidates needs far fewer rows than fitting the final model well; the best candidate of each family
 * is then fitted again on all training rows.
 */
final class SelectionSample {
    private SelectionSample() {
    }

    /** All {@code train} rows when they are at most {@code max}, else a stratified seeded sample of {@code max}. */
    static int[] of(FeatureMatrix matrix, int[] train, int max, long seed) {
        if (train.length <= max) {
            return train;
        }
        int positives = 0;
        for (int r : train) {
            positives += matrix.label()[r] == 1 ? 1 : 0;
        }
        int[] pos = new int[positives];
        int[] neg = new int[train.length - positives];
        int p = 0;
        int n = 0;
        for (int r : train) {
            if (matrix.label()[r] == 1) {
                pos[p++] = r;
            } else {
                neg[n++] = r;
            }
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        PermutationSampler.shuffle(rng, pos);
        PermutationSampler.shuffle(rng, neg);
        int takePos = (int) Math.round((double) max * positives / train.length);
        int[] out = new int[max];
        System.arraycopy(pos, 0, out, 0, takePos);
        System.arraycopy(neg, 0, out, takePos, max - takePos);
        Arrays.sort(out);
        return out;
    }
}
