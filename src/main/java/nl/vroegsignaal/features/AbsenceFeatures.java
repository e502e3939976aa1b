package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Verzuimsoort;
import nl.vroegsignaal.link.Absences;

/** The verzuim family: registrations with meldingsdatum before P, counted in 3- and 12-month windows. */
final class AbsenceFeatures {
    /** Days since the last registration are capped here; also the value when there was none. */
    static final int DAYS_CAP = 999;

    private AbsenceFeatures() {
    }

    static void compute(KnownBefore k, double[] row) {
        PeildatumDays at = k.peildatum();
        int[] per12m = new int[Verzuimsoort.values().length];
        int ongeoorloofd3m = 0;
        long hours3m = 0;
        long hours12m = 0;
        int n = k.absences();
        for (int i = 0; i < n; i++) {
            int date = k.absenceDate(i);
            if (date < at.minus12Months()) {
                continue;
            }
            Verzuimsoort soort = k.absenceSoort(i);
            int hours = k.absenceHours(i);
            per12m[soort.ordinal()]++;
            if (hours != Absences.NO_HOURS) {
                hours12m += hours;
            }
            if (date >= at.minus3Months()) {
                if (soort == Verzuimsoort.ONGEOORLOOFD) {
                    ongeoorloofd3m++;
                }
                if (hours != Absences.NO_HOURS) {
                    hours3m += hours;
                }
            }
        }
        row[Feature.VERZUIM_ONGEOORLOOFD_12M.column()] = per12m[Verzuimsoort.ONGEOORLOOFD.ordinal()];
        row[Feature.VERZUIM_ONGEOORLOOFD_3M.column()] = ongeoorloofd3m;
        row[Feature.VERZUIM_LANGDURIG_12M.column()] = per12m[Verzuimsoort.LANGDURIG.ordinal()];
        row[Feature.VERZUIM_LUXEVERZUIM_12M.column()] = per12m[Verzuimsoort.LUXEVERZUIM.ordinal()];
        row[Feature.VERZUIM_SIGNAALVERZUIM_12M.column()] = per12m[Verzuimsoort.SIGNAALVERZUIM.ordinal()];
        row[Feature.VERZUIM_ABSOLUUT_12M.column()] = per12m[Verzuimsoort.ABSOLUUT.ordinal()];
        row[Feature.VERZUIM_UREN_3M.column()] = hours3m;
        row[Feature.VERZUIM_UREN_12M.column()] = hours12m;
        // Rows are in meldingsdatum order, so the last known row is the latest registration.
        row[Feature.VERZUIM_DAGEN_SINDS_MELDING.column()] =
                n == 0 ? DAYS_CAP : Math.min(DAYS_CAP, at.day() - k.absenceDate(n - 1));
    }
}
