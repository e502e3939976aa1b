package nl.vroegsignaal.model;

import java.util.Arrays;

/**
 * The sums of one pass of {@link RankedScores#tally}, in (weighted) counts of rows, and the metrics derived
 * from them. Mutable and reused across bootstrap resamples to avoid garbage; never leaves the package.
 */
final class Tally {
    static final int SECTORS = SectorGroup.values().length;

    double rows;
    double positives;
    int k;
    double auc;
    double averagePrecision;
    double brier;
    double logLoss;
    double ece;
    double cutoffScore;
    double tiedAtCutoff;
    double tiedSelected;
    double truePositives;
    double truePositivesWorst;
    double truePositivesBest;
    double[] binRows = new double[0];
    double[] binScore = new double[0];
    double[] binPos = new double[0];
    final double[] sectorRows = new double[SECTORS];
    final double[] sectorPos = new double[SECTORS];
    final double[] sectorSelected = new double[SECTORS];
    final double[] sectorTruePositives = new double[SECTORS];

    void reset(int bins) {
        if (binRows.length != bins) {
            binRows = new double[bins];
            binScore = new double[bins];
            binPos = new double[bins];
        } else {
            Arrays.fill(binRows, 0);
            Arrays.fill(binScore, 0);
            Arrays.fill(binPos, 0);
        }
        Arrays.fill(sectorRows, 0);
        Arrays.fill(sectorPos, 0);
        Arrays.fill(sectorSelected, 0);
        Arrays.fill(sectorTruePositives, 0);
        truePositives = Double.NaN;
        truePositivesWorst = Double.NaN;
        truePositivesBest = Double.NaN;
    }

    double baseRate() {
        return positives / rows;
    }

    double precision() {
        return truePositives / k;
    }

    double recall() {
        return truePositives / positives;
    }

    double lift() {
        return precision() / baseRate();
    }

    double sectorPrecision(int s) {
        return sectorSelected[s] > 0 ? sectorTruePositives[s] / sectorSelected[s] : Double.NaN;
    }

    double sectorRecall(int s) {
        return sectorPos[s] > 0 ? sectorTruePositives[s] / sectorPos[s] : Double.NaN;
    }

    double sectorLift(int s) {
        return sectorRows[s] > 0 ? sectorPrecision(s) / (sectorPos[s] / sectorRows[s]) : Double.NaN;
    }

    AtCapacity atCapacity() {
        double base = baseRate();
        return new AtCapacity(k, truePositives / k, truePositivesWorst / k, truePositivesBest / k,
                truePositives / positives, truePositivesWorst / positives, truePositivesBest / positives,
                truePositives / k / base, truePositivesWorst / k / base, truePositivesBest / k / base,
                (int) positives, truePositives, cutoffScore, (int) tiedAtCutoff, (int) tiedSelected);
    }
}
