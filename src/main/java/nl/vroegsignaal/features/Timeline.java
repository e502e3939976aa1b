package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.link.Dates;
import nl.vroegsignaal.link.Enrolments;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Spells;

/**
 * When the data ends and which peildata it holds.
 * <ul>
 *   <li>The horizon (extraction date) is the given option, or else the day after the latest knowledge date in
 *       the data: enrolment begindatum, diploma and move datum, verzuim meldingsdatum, social-domain
 *       registratiedatum. End dates do not count: a source may carry a planned end in the future.</li>
 *   <li>The peildata are the 1 Octobers P on or before the horizon on which at least one enrolment (of any
 *       onderwijssoort) is running: begindatum &lt;= P and einddatum empty or &gt;= P.</li>
 *   <li>A label at P is known only when P + 1 year is on or before the horizon.</li>
 * </ul>
 *
 * @param horizonFromData true when the horizon was derived from the data rather than given
 */
public record Timeline(LocalDate horizon, boolean horizonFromData, List<LocalDate> peildata) {

    public static Timeline of(LinkedData data, FeatureOptions options) {
        Optional<LocalDate> latest = latestKnowledgeDate(data);
        LocalDate horizon;
        if (options.extractionDate().isPresent()) {
            horizon = options.extractionDate().get();
            if (latest.isPresent() && !latest.get().isBefore(horizon)) {
                throw new InputException("extraction date " + horizon + " is not after the latest record in the "
                        + "input (dated " + latest.get() + "); give a later extraction date or leave it out");
            }
        } else {
            horizon = latest.orElseThrow(() -> new InputException(
                    "the input holds no dated records, so there is no peildatum to link")).plusDays(1);
        }
        return new Timeline(horizon, options.extractionDate().isEmpty(), peildata(data.enrolments(), horizon));
    }

    /** Whether a label at P can be known with this horizon. */
    public boolean labelKnown(LocalDate peildatum) {
        return !Peildatum.horizon(peildatum).isAfter(horizon);
    }

    public static Optional<LocalDate> latestKnowledgeDate(LinkedData data) {
        int max = Integer.MIN_VALUE;
        max = Math.max(max, max(data.enrolments().begin()));
        max = Math.max(max, max(data.diplomas().date()));
        max = Math.max(max, max(data.absences().date()));
        max = Math.max(max, max(data.moves().date()));
        for (Spells s : List.of(data.benefits(), data.youthCare(), data.debtSupport())) {
            max = Math.max(max, max(s.registered()));
        }
        return max == Integer.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(max));
    }

    private static int max(int[] values) {
        int m = Integer.MIN_VALUE;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static List<LocalDate> peildata(Enrolments e, LocalDate horizon) {
        int lastYear = Peildatum.of(horizon.getYear()).isAfter(horizon) ? horizon.getYear() - 1 : horizon.getYear();
        int firstYear = Integer.MAX_VALUE;
        for (int begin : e.begin()) {
            firstYear = Math.min(firstYear, firstPeildatumYearFrom(begin));
        }
        List<LocalDate> out = new ArrayList<>();
        if (firstYear > lastYear) {
            return out;
        }
        boolean[] running = new boolean[lastYear - firstYear + 1];
        for (int r = 0; r < e.size(); r++) {
            int from = firstPeildatumYearFrom(e.begin()[r]);
            int to = e.end()[r] == Dates.OPEN ? lastYear : Math.min(lastYear, lastPeildatumYearUntil(e.end()[r]));
            for (int y = from; y <= to; y++) {
                running[y - firstYear] = true;
            }
        }
        for (int i = 0; i < running.length; i++) {
            if (running[i]) {
                out.add(Peildatum.of(firstYear + i));
            }
        }
        return List.copyOf(out);
    }

    /** The year of the first 1 October on or after the day. */
    private static int firstPeildatumYearFrom(int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return Peildatum.of(d.getYear()).isBefore(d) ? d.getYear() + 1 : d.getYear();
    }

    /** The year of the last 1 October on or before the day. */
    private static int lastPeildatumYearUntil(int day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        return Peildatum.of(d.getYear()).isAfter(d) ? d.getYear() - 1 : d.getYear();
    }
}
