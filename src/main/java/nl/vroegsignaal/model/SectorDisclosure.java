package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which figures of the sector rows may be shown. The sectors add up to the cohort, whose rows, positives,
 * selection and true positives are shown, so a sector hidden on its own would be given away by subtraction:
 * when exactly one sector hides a level of figures, the smallest other sector hides it too (secondary
 * suppression, as in the fairness audit). Levels are nested: rows, then positives and selected, then
 * precision, recall and lift (which give away the sector's true positives).
 */
public final class SectorDisclosure {

    /** What one sector row shows; each level implies the one before. */
    public record Shown(boolean rows, boolean margins, boolean rates) {
    }

    private SectorDisclosure() {
    }

    public static List<Shown> of(List<SectorResult> sectors) {
        int n = sectors.size();
        boolean[] rows = new boolean[n];
        boolean[] margins = new boolean[n];
        boolean[] rates = new boolean[n];
        for (int i = 0; i < n; i++) {
            rows[i] = !Suppression.hidesCount(sectors.get(i).rows());
        }
        protectAlone(sectors, rows);
        for (int i = 0; i < n; i++) {
            SectorResult s = sectors.get(i);
            // positives and selected show the negatives and the unselected beside them
            margins[i] = rows[i] && !Suppression.hidesRate(s.positives(), s.rows())
                    && !Suppression.hidesRate(s.selected(), s.rows());
        }
        protectAlone(sectors, margins);
        for (int i = 0; i < n; i++) {
            SectorResult s = sectors.get(i);
            double truePositives = s.selected() > 0 ? s.precision().value() * s.selected() : 0;
            rates[i] = margins[i]
                    && !Suppression.hidesSelection(truePositives, s.selected(), s.positives(), s.rows());
        }
        protectAlone(sectors, rates);
        List<Shown> shown = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            shown.add(new Shown(rows[i], margins[i], rates[i]));
        }
        return shown;
    }

    /** With more than one sector and exactly one hidden, also hides the shown sector with the fewest rows. */
    private static void protectAlone(List<SectorResult> sectors, boolean[] shown) {
        int hidden = 0;
        for (boolean s : shown) {
            hidden += s ? 0 : 1;
        }
        if (shown.length < 2 || hidden != 1) {
            return;
        }
        int partner = -1;
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] && (partner < 0 || sectors.get(i).rows() < sectors.get(partner).rows())) {
                partner = i;
            }
        }
        shown[partner] = false;
    }
}
