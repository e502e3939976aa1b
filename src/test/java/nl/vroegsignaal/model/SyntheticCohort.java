package nl.vroegsignaal.model;

import java.util.SplittableRandom;
import nl.vroegsignaal.contract.Onderwijssoort;

/**
 * A small synthetic test cohort: a true risk per person (the oracle), a label drawn from it, a noisier model
 * risk, and a sector (mostly VO and MBO, some VAVO). Rare outcome, as VSV is.
 */
record SyntheticCohort(double[] truth, double[] model, byte[] label, byte[] sector) {

    static SyntheticCohort draw(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] truth = new double[n];
        double[] model = new double[n];
        byte[] label = new byte[n];
        byte[] sector = new byte[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            Onderwijssoort.Sector s = u < 0.55 ? Onderwijssoort.Sector.VO
                    : u < 0.95 ? Onderwijssoort.Sector.MBO : Onderwijssoort.Sector.VAVO;
            double base = s == Onderwijssoort.Sector.VO ? -4.5 : -2.8;
            double z = base + 1.2 * random.nextGaussian();
            truth[i] = 1 / (1 + Math.exp(-z));
            model[i] = 1 / (1 + Math.exp(-(z + 0.9 * random.nextGaussian())));
            label[i] = (byte) (random.nextDouble() < truth[i] ? 1 : 0);
            sector[i] = (byte) s.ordinal();
        }
        return new SyntheticCohort(truth, model, label, sector);
    }

    EvaluationInput modelInput() {
        return new EvaluationInput("model", model, label, sector);
    }

    EvaluationInput oracleInput() {
        return new EvaluationInput("oracle", truth, label, sector);
    }
}
