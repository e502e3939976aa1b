package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import nl.vroegsignaal.features.Catalogue;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * A synthetic population over the test catalogue at two peildata: a labelled training cohort and an unlabelled
 * scoring cohort. Risk rises with absence, repeating a year, benefits, youth care, moves, MBO-1, age, and
 * strongly with living in wijk WK04, so a model will lean on the neighbourhood: the list must still never
 * give it as a reason.
 */
final class SyntheticPopulation {
    static final LocalDate TRAIN = LocalDate.of(2024, 10, 1);
    static final LocalDate SCORE = LocalDate.of(2025, 10, 1);
    static final String[] SOORTEN = {"VMBO-BB", "HAVO", "MBO-1", "MBO-2", "geen"};
    static final String[] SECTOREN = {"VO", "VO", "MBO", "MBO", "geen"};
    static final double[] SOORT_EFFECT = {0.2, -0.8, 1.0, 0.5, 0.6};
    static final String[] WIJKEN = {"WK01", "WK02", "WK03", "WK04"};

    private SyntheticPopulation() {
    }

    static FeatureMatrix matrix(int perCohort, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MatrixBuilder b = new MatrixBuilder(Catalogue.current())
                .levels("onderwijssoort", SOORTEN)
                .levels("sector", "VO", "MBO", "geen")
                .levels("wijk", WIJKEN);
        for (LocalDate p : new LocalDate[]{TRAIN, SCORE}) {
            for (int i = 0; i < perCohort; i++) {
                Map<String, Object> v = new HashMap<>();
                int soort = rnd.nextInt(SOORTEN.length);
                int wijk = rnd.nextInt(WIJKEN.length);
                int leeftijd = 12 + rnd.nextInt(11);
                int verzuim = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(5) : 0;
                int zitten = rnd.nextInt(8) == 0 ? 1 + rnd.nextInt(2) : 0;
                int uitkering = rnd.nextInt(6) == 0 ? 1 : 0;
                int jeugdhulp = rnd.nextInt(10) == 0 ? 1 : 0;
                int verhuizingen = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(3) : 0;
                v.put("leeftijd", leeftijd);
                v.put("onderwijssoort", SOORTEN[soort]);
                v.put("sector", SECTOREN[soort]);
                v.put("leerjaar", soort == 4 ? 0 : 1 + rnd.nextInt(4));
                v.put("verzuim_ongeoorloofd_12m", verzuim);
                v.put("verzuim_dagen_sinds_melding", verzuim > 0 ? 5 + rnd.nextInt(300) : 999);
                v.put("zittenblijven_3j", zitten);
                v.put("uitkering_lopend", uitkering);
                v.put("uitkering_maanden_3j", uitkering == 1 ? 1 + rnd.nextInt(36) : 0);
                v.put("jeugdhulp_lopend", jeugdhulp);
                v.put("verhuizingen_3j", verhuizingen);
                v.put("wijk", WIJKEN[wijk]);
                double logit = -4.0 + 0.6 * verzuim + 0.8 * zitten + 0.9 * uitkering + 0.8 * jeugdhulp
                        + 0.3 * verhuizingen + SOORT_EFFECT[soort] + 0.15 * (leeftijd - 16) + (wijk == 3 ? 2.0 : 0);
                int label = p.equals(SCORE) ? FeatureMatrix.NO_LABEL
                        : rnd.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
                b.person(String.format("P%07d%s", i, p.equals(TRAIN) ? "a" : "b"), p, label, v);
            }
        }
        return b.build();
    }
}
