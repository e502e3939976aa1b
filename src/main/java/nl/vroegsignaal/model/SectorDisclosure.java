package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.disclosure.CountTable;
import nl.vroegsignaal.disclosure.TableProtection;

/**
 * Which figures of the sector rows may be shown, decided for all rows of a comparison at once: every candidate
 * and the oracle split the same persons into the same sectors, so a sector's persons and leavers are one figure
 * in every row. Showing them in one row (the environment baseline's) while hiding them in another gave hidden
 * counts away (overig = 637 - 130 - 505 = 2 leavers); now they are protected once, in the sector x outcome table
 * by {@link TableProtection}, and hidden in every row or none.
 *
 * <p>Per row, the selected persons and the true positives are protected in that row's sector x outcome x
 * selection table (selections of ties at the cut-off are expected counts, rounded for this decision), with the
 * shared figures hidden as decided; a sector's selected count is shown only when no row needs to hide it.
 * Levels: rows; then leavers and selected ({@code margins}); then precision, recall and lift ({@code rates},
 * which give away the true positives).
 */
public final class SectorDisclosure {
    private static final int POS = 0;
    private static final int SEL = 0;

    /** What one sector row shows; each level implies the one before. */
    public record Shown(boolean rows, boolean margins, boolean rates) {
    }

    private SectorDisclosure() {
    }

    /** The decision for every evaluation of the comparison (candidates and oracle). */
    public static Map<Evaluation, List<Shown>> of(Comparison c) {
        List<Evaluation> all = new ArrayList<>(c.candidates());
        if (c.oracle() != null) {
            all.add(c.oracle());
        }
        Map<Evaluation, List<Shown>> out = new IdentityHashMap<>();
        List<SectorResult> first = all.get(0).sectors();
        int n = first.size();
        if (n == 0) {
            all.forEach(e -> out.put(e, List.of()));
            return out;
        }
        int[] margin = new int[n * 2];
        for (int s = 0; s < n; s++) {
            margin[s * 2] = first.get(s).positives();
            margin[s * 2 + 1] = first.get(s).rows() - first.get(s).positives();
        }
        CountTable shared = CountTable.ofInterior(new int[] {n, 2}, margin);
        boolean[] sharedHidden = TableProtection.protect(shared, 1);
        boolean[] selectedShown = new boolean[n];
        java.util.Arrays.fill(selectedShown, true);
        List<boolean[]> perRow = new ArrayList<>();
        for (Evaluation e : all) {
            CountTable t = selectionTable(e.sectors());
            boolean[] forced = new boolean[t.size()];
            for (int s = 0; s <= n; s++) {
                for (int l = 0; l <= 2; l++) {
                    forced[t.index(s, l, 2)] = sharedHidden[shared.index(s, l)];
                }
            }
            boolean[] hidden = TableProtection.protect(t, 1, forced);
            perRow.add(hidden);
            for (int s = 0; s < n; s++) {
                selectedShown[s] &= !hidden[t.index(s, 2, SEL)];
            }
        }
        for (int k = 0; k < all.size(); k++) {
            CountTable t = selectionTable(all.get(k).sectors());
            boolean[] hidden = perRow.get(k);
            List<Shown> shown = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                boolean rows = !sharedHidden[shared.index(s, 2)];
                boolean margins = rows && !sharedHidden[shared.index(s, POS)] && selectedShown[s];
                boolean rates = margins && !hidden[t.index(s, POS, SEL)];
                shown.add(new Shown(rows, margins, rates));
            }
            out.put(all.get(k), shown);
        }
        return out;
    }

    /** Sector x (leaver, stayer) x (selected, not selected), with expected counts rounded. */
    private static CountTable selectionTable(List<SectorResult> sectors) {
        int n = sectors.size();
        int[] cells = new int[n * 4];
        for (int s = 0; s < n; s++) {
            SectorResult r = sectors.get(s);
            int selected = (int) Math.round(r.selected());
            int tp = r.selected() > 0 ? (int) Math.round(r.precision().value() * r.selected()) : 0;
            tp = Math.max(0, Math.min(tp, Math.min(selected, r.positives())));
            int fp = Math.max(0, Math.min(selected - tp, r.rows() - r.positives()));
            cells[s * 4] = tp;
            cells[s * 4 + 1] = r.positives() - tp;
            cells[s * 4 + 2] = fp;
            cells[s * 4 + 3] = r.rows() - r.positives() - fp;
        }
        return CountTable.ofInterior(new int[] {n, 2, 2}, cells);
    }
}
