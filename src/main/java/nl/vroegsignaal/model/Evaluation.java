package nl.vroegsignaal.model;

import java.util.List;

/**
 * Everything measured for one candidate on the evaluated cohort. Aggregates only; the writers suppress small
 * cells.
 *
 * @param rows        evaluated persons (rows with a label)
 * @param reliability the calibration curve, as a table of equal-count bins
 * @param sectors     VO, MBO and overig, each only when it has rows; empty without sector information
 * @param prCurve     the precision-recall curve, at most 200 points, each selecting at least 10 persons
 * @param top         calibration at the top 1%, 3% and 10% of the ranking
 */
public record Evaluation(String name, EvaluationOptions options, int rows, int positives, double baseRate,
                         Estimate aucRoc, Estimate aucPr, Estimate brier, Estimate logLoss,
                         Estimate expectedCalibrationError, ReliabilityTable reliability,
                         CapacityEstimate atCapacity, List<SectorResult> sectors, List<CurvePoint> prCurve,
                         List<TopCalibration> top) {

    public Evaluation {
        sectors = List.copyOf(sectors);
        prCurve = List.copyOf(prCurve);
        top = List.copyOf(top);
    }
}
