package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Small synthetic Tribuo data with the shape of vroegsignaal's examples: counts, a binary, an age, and two
 * one-hot categoricals named {@code name=level}. Zero counts are sometimes omitted and sometimes explicit, so
 * the tree engine sees both "missing" and "zero".
 */
final class SyntheticExamples {
    static final String[] LEVELS = {"VMBO-BB", "MBO-1", "MBO-2", "HAVO"};
    static final double[] LEVEL_EFFECT = {0.3, 0.9, 0.5, -0.6};
    static final String[] WIJKEN = {"WK01", "WK02"};

    private SyntheticExamples() {
    }

    static List<Example<Label>> examples(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Example<Label>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int verzuim = poisson(rnd, 0.8);
            int zitten = rnd.nextInt(10) < 8 ? 0 : 1 + rnd.nextInt(2);
            int bijstand = rnd.nextInt(5) == 0 ? 1 : 0;
            int leeftijd = 12 + rnd.nextInt(11);
            int level = rnd.nextInt(LEVELS.length);
            int wijk = rnd.nextInt(WIJKEN.length);
            double logit = -1.8 + 0.5 * verzuim + 0.8 * zitten + 0.7 * bijstand + 0.15 * (leeftijd - 16)
                    + LEVEL_EFFECT[level] + 0.2 * wijk;
            boolean positive = rnd.nextDouble() < 1 / (1 + Math.exp(-logit));
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            boolean explicitZeros = i % 2 == 0;
            add(names, values, "verzuim_ongeoorloofd_12m", verzuim, explicitZeros);
            add(names, values, "blijven_zitten_3j", zitten, explicitZeros);
            add(names, values, "bijstand_huishouden", bijstand, explicitZeros);
            add(names, values, "leeftijd", leeftijd, true);
            add(names, values, "onderwijssoort=" + LEVELS[level], 1, true);
            add(names, values, "wijk=" + WIJKEN[wijk], 1, true);
            out.add(new ArrayExample<>(new Label(positive ? "1" : "0"), names.toArray(new String[0]),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }

    static MutableDataset<Label> dataset(List<Example<Label>> examples) {
        return new MutableDataset<>(examples, new SimpleDataSourceProvenance("synthetic", new LabelFactory()),
                new LabelFactory());
    }

    private static void add(List<String> names, List<Double> values, String name, double value, boolean keepZero) {
        if (value != 0 || keepZero) {
            names.add(name);
            values.add(value);
        }
    }

    private static int poisson(SplittableRandom rnd, double mean) {
        double limit = Math.exp(-mean);
        double p = rnd.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rnd.nextDouble();
            k++;
        }
        return k;
    }
}
