package nl.vroegsignaal.model;

/**
 * The capacity figures within one sector group. There is one signal list for everyone: the selection is the
 * overall top k, and here we look at the part of it that falls in this group.
 *
 * @param selected  expected number of the overall top k in this group (fractional when ties at the cut-off
 *                  span groups)
 * @param precision share of positives among the selected rows of this group
 * @param recall    share of this group's positives that were selected
 * @param lift      precision divided by the group's own base rate
 */
public record SectorResult(SectorGroup sector, int rows, int positives, double selected, Estimate precision,
                           Estimate recall, Estimate lift) {
}
