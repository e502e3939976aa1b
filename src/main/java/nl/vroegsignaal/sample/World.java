package nl.vroegsignaal.sample;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fixed geography of a run, built from the seed alone: municipalities, their wijken (CBS codes with a
 * deprivation score and an origin mix) and their schools (BRIN codes). Persons are drawn into it independently.
 */
final class World {
    /** Up to this many persons the world is one municipality (0363, a G4 city); above it, many. */
    static final int ONE_MUNICIPALITY_MAX = 250_000;
    static final int PERSONS_PER_MUNICIPALITY = 7_500;
    private static final int HOME_MUNICIPALITY = 363;

    final int municipalities;
    final byte[][] wijkCode;
    final double[] deprivation;
    final double[] shareBuitenEuropa;
    final double[] shareEuropa;
    final int[] wijkMunicipality;
    private final double[] cumulativeWeight;

    final int[][] voSchools;
    final int[] proSchool;
    final int[] vsoSchool;
    final int[][] mboSchools;
    final int[] hoSchools;
    final byte[][] brin;

    World(long seed, int persons) {
        Rng rng = Rng.stream(seed, 0, 1);
        municipalities = persons <= ONE_MUNICIPALITY_MAX ? 1
                : Math.min(1999, (persons + PERSONS_PER_MUNICIPALITY - 1) / PERSONS_PER_MUNICIPALITY);
        int[] gemeente = gemeenteCodes(rng, municipalities);
        double[] muniWeight = new double[municipalities];
        double[] muniDeprivation = new double[municipalities];
        int[] wijkCount = new int[municipalities];
        int totalWijken = 0;
        for (int m = 0; m < municipalities; m++) {
            muniWeight[m] = municipalities == 1 ? 1.0 : StrictMath.exp(0.8 * rng.gaussian());
            muniDeprivation[m] = municipalities == 1 ? 0.0 : rng.gaussian();
            wijkCount[m] = municipalities == 1 ? Math.min(40, 20 + persons / 5000) : rng.between(6, 30);
            totalWijken += wijkCount[m];
        }
        double muniTotal = Arrays.stream(muniWeight).sum();
        wijkCode = new byte[totalWijken][];
        deprivation = new double[totalWijken];
        shareBuitenEuropa = new double[totalWijken];
        shareEuropa = new double[totalWijken];
        wijkMunicipality = new int[totalWijken];
        cumulativeWeight = new double[totalWijken];
        double cumulative = 0;
        int w = 0;
        for (int m = 0; m < municipalities; m++) {
            double[] weights = new double[wijkCount[m]];
            for (int k = 0; k < weights.length; k++) {
                weights[k] = StrictMath.exp(0.5 * rng.gaussian());
            }
            double sum = Arrays.stream(weights).sum();
            for (int k = 0; k < weights.length; k++, w++) {
                wijkCode[w] = String.format(Locale.ROOT, "WK%04d%02d", gemeente[m], k + 1).getBytes(StandardCharsets.US_ASCII);
                double d = 0.5 * muniDeprivation[m] + (municipalities == 1 ? 1.0 : 0.866) * rng.gaussian();
                deprivation[w] = d;
                shareBuitenEuropa[w] = Rng.logistic(-1.5 + 1.0 * d);
                shareEuropa[w] = 0.07 + 0.04 * rng.nextDouble();
                wijkMunicipality[w] = m;
                cumulative += muniWeight[m] / muniTotal * weights[k] / sum;
                cumulativeWeight[w] = cumulative;
            }
        }
        cumulativeWeight[totalWijken - 1] = Double.POSITIVE_INFINITY;

        Set<String> used = new HashSet<>();
        List<byte[]> codes = new ArrayList<>();
        voSchools = new int[municipalities][];
        mboSchools = new int[municipalities][];
        proSchool = new int[municipalities];
        vsoSchool = new int[municipalities];
        for (int m = 0; m < municipalities; m++) {
            double share = muniWeight[m] / muniTotal * persons;
            voSchools[m] = newSchools(rng, used, codes, Math.max(3, (int) Math.round(share / 900)));
            mboSchools[m] = newSchools(rng, used, codes, Math.max(1, (int) Math.round(share / 12_000)));
            proSchool[m] = newSchools(rng, used, codes, 1)[0];
            vsoSchool[m] = newSchools(rng, used, codes, 1)[0];
        }
        hoSchools = newSchools(rng, used, codes, 4 + municipalities / 20);
        brin = codes.toArray(new byte[0][]);
    }

    /** The wijk of a uniform draw u in [0, 1), proportional to the wijken's sizes. */
    int wijkFor(double u) {
        int i = Arrays.binarySearch(cumulativeWeight, u);
        return i >= 0 ? Math.min(i + 1, cumulativeWeight.length - 1) : -i - 1;
    }

    /** Municipality codes: the first is 0363, the others distinct codes drawn from 0001..1999. */
    private static int[] gemeenteCodes(Rng rng, int n) {
        int[] pool = new int[1999];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = i + 1;
        }
        pool[HOME_MUNICIPALITY - 1] = pool[0];
        pool[0] = HOME_MUNICIPALITY;
        for (int i = 1; i < n; i++) {
            int j = i + rng.nextInt(pool.length - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return Arrays.copyOf(pool, n);
    }

    /** BRIN codes: two digits and two capitals, unique within the run. */
    private static int[] newSchools(Rng rng, Set<String> used, List<byte[]> codes, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            String code;
            do {
                code = String.format(Locale.ROOT, "%02d%c%c", rng.nextInt(100), (char) ('A' + rng.nextInt(26)),
                        (char) ('A' + rng.nextInt(26)));
            } while (!used.add(code));
            out[i] = codes.size();
            codes.add(code.getBytes(StandardCharsets.US_ASCII));
        }
        return out;
    }
}
