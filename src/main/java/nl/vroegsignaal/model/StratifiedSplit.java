package nl.vroegsignaal.model;

import java.util.Arrays;
import nl.vroegsignaal.features.FeatureMatrix;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * For a table without a time column only: a seeded random split of the labelled rows that keeps the share of
 * positives equal in every role. It cannot show how the model holds up on a later cohort, and every report
 * says so.
 */
public record StratifiedSplit(long seed, double validationShare, double testShare) implements DataSplit {

    /** The sentence every report carries when this split was used. */
    public static final String NOT_OUT_OF_TIME = "Out-of-time validation was not possible: the table has no time "
            + "column, so validation and test rows come from the same period as the training rows, and the "
            + "results are likely better than what the model will achieve on a future cohort.";

    @Override
    public SplitRows assign(FeatureMatrix matrix) {
        int[] positives = rowsWithLabel(matrix, (byte) 1);
        int[] negatives = rowsWithLabel(matrix, (byte) 0);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int[][] pos = split(positives, rng);
        int[][] neg = split(negatives, rng);
        return new SplitRows(merge(pos[0], neg[0]), merge(pos[1], neg[1]), merge(pos[2], neg[2]));
    }

    private int[][] split(int[] rows, UniformRandomProvider rng) {
        int[] shuffled = rows.clone();
        PermutationSampler.shuffle(rng, shuffled);
        int nTest = (int) Math.round(rows.length * testShare);
        int nValidation = (int) Math.round(rows.length * validationShare);
        return new int[][] {Arrays.copyOfRange(shuffled, nTest + nValidation, rows.length),
                Arrays.copyOfRange(shuffled, nTest, nTest + nValidation), Arrays.copyOfRange(shuffled, 0, nTest)};
    }

    private static int[] rowsWithLabel(FeatureMatrix matrix, byte label) {
        return java.util.stream.IntStream.range(0, matrix.rows()).filter(r -> matrix.label()[r] == label).toArray();
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        Arrays.sort(out);
        return out;
    }

    @Override
    public boolean outOfTime() {
        return false;
    }

    @Override
    public String describe() {
        long trainPct = Math.round(100 * (1 - validationShare - testShare));
        return "stratified split by label (seed " + seed + "): " + trainPct + "% train, "
                + Math.round(100 * validationShare) + "% validation, " + Math.round(100 * testShare) + "% test. "
                + NOT_OUT_OF_TIME;
    }

    @Override
    public String toString() {
        return describe();
    }
}
