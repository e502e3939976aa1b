package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.link.DatedPlace;
import nl.vroegsignaal.link.Dates;
import nl.vroegsignaal.link.Enrolments;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Spells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the data ends and which peildata it holds.
 * <ul>
 *   <li>The horizon (extraction date) is the given option, or else the day after the latest knowledge date in
 *       the data: enrolment begindatum, diploma and move datum, verzuim meldingsdatum, social-domain
 *       registratiedatum. End dates do not count: a source may carry a planned end in the future.</li>
 *   <li>The peildata are the 1 Octobers P on or before the horizon on which at least one enrolment (of any
 *       onderwijssoort) is running: begindatum &lt;= P and einddatum empty or &gt;= P.</li>
 *   <li>Coverage: an export reaches back further for education (whole careers) than for absence, moves and
 *       the social domain. A cohort whose look-back window is only partly covered would get features that look
 *       like "no absence, no benefit" merely because the records stop, and only survivors of the older years
 *       would be in it. So the first peildatum is the first 1 October at least {@link #LOOKBACK_YEARS} years
 *       (the catalogue's longest window) after the earliest date in verzuim and verhuizingen, unless an
 *       explicit first peildatum is given. Only these point events show where the export's history begins:
 *       a benefit or care spell that began long ago and still runs rightly carries its old dates. A few
 *       stray rows must not move it: rows that lie more than {@link #OUTLIER_GAP_MONTHS} months before the
 *       next later ones, when they are at most 1 in {@link #OUTLIER_SHARE} of the absence and move rows, are
 *       left out of this rule, with a warning that names the earliest of them.</li>
 *   <li>A label at P is known only when P + 1 year is on or before the horizon.</li>
 * </ul>
 *
 * @param horizonFromData true when the horizon was derived from the data rather than given
 */
public record Timeline(LocalDate horizon, boolean horizonFromData, List<LocalDate> peildata) {
    /** The longest look-back window of any catalogue feature. */
    public static final int LOOKBACK_YEARS = 3;
    /** Empty months that separate stray early rows from where the export's history really begins. */
    static final int OUTLIER_GAP_MONTHS = 12;
    /** Stray early rows are at most one in this many of the absence and move rows. */
    static final int OUTLIER_SHARE = 100;
    /** Peildata are held as the bits of a long in the feature stage. */
    public static final int MAX_PEILDATA = Long.SIZE;
    private static final Logger LOG = LoggerFactory.getLogger(Timeline.class);

    public static Timeline of(LinkedData data, FeatureOptions options) {
        Optional<LocalDate> latest = latestKnowledgeDate(data);
        LocalDate horizon;
        if (options.extractionDate().isPresent()) {
            horizon = options.extractionDate().get();
            if (latest.isPresent() && !latest.get().isBefore(horizon)) {
                String message = "extraction date " + horizon + " is not after the latest record in the "
                        + "input (dated " + latest.get() + "); give a later extraction date or leave it out";
                throw data.places().latest().map(at -> new InputException(at.error("dated " + at.date()
                        + ", on or after the extraction date " + horizon + " given with --extraction-date: "
                        + "correct the record, or give a later extraction date or leave it out")))
                        .orElseGet(() -> new InputException(message));
            }
        } else {
            horizon = latest.orElseThrow(() -> new InputException(
                    "the input holds no dated records, so there is no peildatum to link")).plusDays(1);
        }
        LocalDate first = options.firstPeildatum().orElseGet(() -> robustCoverageStart(data)
                .map(d -> d.plusYears(LOOKBACK_YEARS)).orElse(LocalDate.MIN));
        List<LocalDate> peildata = peildata(data.enrolments(), horizon).stream()
                .filter(p -> !p.isBefore(first)).toList();
        if (peildata.size() > MAX_PEILDATA) {
            throw tooManyPeildata(data, options, peildata);
        }
        return new Timeline(horizon, options.extractionDate().isEmpty(), peildata);
    }

    private static InputException tooManyPeildata(LinkedData data, FeatureOptions options, List<LocalDate> peildata) {
        String span = "the input spans " + peildata.size() + " peildata (" + peildata.get(0) + " to "
                + peildata.get(peildata.size() - 1) + "); at most " + MAX_PEILDATA + " are supported";
        Optional<DatedPlace> at = options.extractionDate().isPresent()
                ? data.places().earliest(SourceFile.INSCHRIJVINGEN)
                : data.places().latest();
        return at.map(p -> new InputException(p.error("dated " + p.date() + ", so " + span
                        + ": correct the date")))
                .orElseGet(() -> new InputException(span));
    }

    /**
     * {@link #coverageStart} without stray early rows (see the class comment): the first day of the first
     * absence or move month after the last gap of more than {@link #OUTLIER_GAP_MONTHS} empty months that has
     * at most 1 in {@link #OUTLIER_SHARE} of the rows before it.
     */
    static Optional<LocalDate> robustCoverageStart(LinkedData data) {
        Optional<LocalDate> plain = coverageStart(data);
        if (plain.isEmpty()) {
            return plain;
        }
        int[][] dates = {data.absences().date(), data.moves().date()};
        long total = (long) dates[0].length + dates[1].length;
        int firstMonth = monthOf(plain.get());
        int lastMonth = firstMonth;
        for (int[] ds : dates) {
            for (int d : ds) {
                lastMonth = Math.max(lastMonth, monthOf(LocalDate.ofEpochDay(d)));
            }
        }
        long[] perMonth = new long[lastMonth - firstMonth + 1];
        for (int[] ds : dates) {
            for (int d : ds) {
                perMonth[monthOf(LocalDate.ofEpochDay(d)) - firstMonth]++;
            }
        }
        int startMonth = 0;
        long before = 0;
        long strays = 0;
        int empty = 0;
        for (int m = 0; m < perMonth.length && before * OUTLIER_SHARE <= total; m++) {
            if (perMonth[m] == 0) {
                empty++;
                continue;
            }
            if (empty > OUTLIER_GAP_MONTHS && before * OUTLIER_SHARE <= total) {
                startMonth = m;
                strays = before;
            }
            empty = 0;
            before += perMonth[m];
        }
        if (strays == 0) {
            return plain;
        }
        int from = (int) LocalDate.of(0, 1, 1).plusMonths(firstMonth + (long) startMonth).toEpochDay();
        int start = Integer.MAX_VALUE;
        for (int[] ds : dates) {
            for (int d : ds) {
                if (d >= from) {
                    start = Math.min(start, d);
                }
            }
        }
        LocalDate robust = LocalDate.ofEpochDay(start);
        long n = strays;
        String where = data.places().earliest(SourceFile.VERZUIM,
                        SourceFile.VERHUIZINGEN)
                .map(DatedPlace::location).orElse("absence and move records");
        LOG.warn("{}: dated {}, more than {} months before the other absence and move records ({} such row{}): "
                        + "the first peildatum follows the records from {} instead; check the date",
                where, plain.get(), OUTLIER_GAP_MONTHS, n, n == 1 ? "" : "s", robust);
        return Optional.of(robust);
    }

    private static int monthOf(LocalDate d) {
        return d.getYear() * 12 + d.getMonthValue() - 1;
    }

    /** The earliest absence or move date: where the export's event history begins (see the class comment). */
    public static Optional<LocalDate> coverageStart(LinkedData data) {
        int min = Math.min(min(data.absences().date()), min(data.moves().date()));
        return min == Integer.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(min));
    }

    private static int min(int[] values) {
        int m = Integer.MAX_VALUE;
        for (int v : values) {
            m = Math.min(m, v);
        }
        return m;
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
