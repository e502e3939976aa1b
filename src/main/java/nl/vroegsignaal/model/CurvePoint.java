package nl.vroegsignaal.model;

/**
 * One point of a precision-recall curve: selecting every row scoring at least {@code threshold}.
 *
 * @param threshold the lowest score selected
 * @param selected  rows selected
 * @param recall    share of all positives selected
 * @param precision share of positives among the selected rows
 */
public record CurvePoint(double threshold, int selected, double recall, double precision) {
}
