package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * The contract's population rule and the true probability of leaving, both computed from what a person's
 * records show: the probability at P reads only rows whose knowledge date is before P (registratiedatum for
 * social-domain spells, meldingsdatum for absence, the row's own date for enrolments and moves). Equations and
 * coefficients are documented in src/site/world-model.md; keep the two in step.
 */
final class Oracle {
    /** Intercept per onderwijssoort (ordinal order PRO .. HO); HO is never in the population. */
    static final double[] LEVEL = {-3.2, -3.2, -3.5, -3.7, -4.0, -4.4, -5.0, -3.4, -3.15, -3.95, -3.75, -3.95, 0};
    /** Effect of age 12..22 on P: leerplichtig pupils hardly ever leave, young adults most often. */
    static final double[] AGE = {-3.2, -3.2, -3.2, -2.6, -1.3, -0.2, 0.5, 0.7, 0.9, 1.1, 1.3};
    static final double VMBO_EXAM_YEAR = 0.60;
    static final double PRO_VSO_LEERJAAR_4_PLUS = 0.80;
    static final double MBO_FIRST_YEAR = 0.25;
    static final double REPEAT = 0.30;
    static final double DOWNWARD = 0.30;
    static final double SWITCH = 0.20;
    static final double RETURNER = 0.90;
    static final double ONGEOORLOOFD_12M = 0.30;
    static final double ONGEOORLOOFD_3M = 0.35;
    static final double LANGDURIG_12M = 0.90;
    static final double SIGNAAL_12M = 0.12;
    static final double ABSOLUUT_12M = 0.60;
    static final double BENEFIT = 0.45;
    static final double DEBT = 0.35;
    static final double YOUTH_CARE = 0.30;
    static final double YOUTH_PROTECTION = 0.55;
    static final double YOUTH_PROBATION = 0.75;
    static final double MOVE = 0.15;
    /** Weight of an ongeoorloofd report dated from the drift on: registration rose from 0.55 to 0.80. */
    static final double DRIFT_WEIGHT = 0.55 / 0.80;
    /** A gap of more than this many days between enrolments marks a returner. */
    static final int RETURN_GAP_DAYS = 60;

    private static final int HO = Onderwijssoort.HO.ordinal();
    private static final int ONGEOORLOOFD = Verzuimsoort.ONGEOORLOOFD.ordinal();
    private static final int LANGDURIG = Verzuimsoort.LANGDURIG.ordinal();
    private static final int SIGNAAL = Verzuimsoort.SIGNAALVERZUIM.ordinal();
    private static final int ABSOLUUT = Verzuimsoort.ABSOLUUT.ordinal();
    private static final Onderwijssoort[] SOORT = Onderwijssoort.values();
    private static final Diplomasoort[] DIPLOMA = Diplomasoort.values();
    private static final Verhuissoort[] MOVE_KIND = Verhuissoort.values();
    private static final Jeugdhulpsoort[] CARE_KIND = Jeugdhulpsoort.values();

    private Oracle() {
    }

    static int ageOnPeildatum(PersonRecords r, int year) {
        return year - r.birthYear - (r.birthMonth > 10 ? 1 : 0);
    }

    /** The contract's population at 1 October of {@code year}. */
    static boolean inPopulation(PersonRecords r, int year) {
        int p = Days.peil(year);
        int age = ageOnPeildatum(r, year);
        return age >= 12 && age <= 22 && runningEnrolment(r, p) >= 0 && !hasStartkwalificatie(r, p)
                && livesInMunicipality(r, p);
    }

    /** The row of the non-HO enrolment running on day p that began latest, or -1. */
    static int runningEnrolment(PersonRecords r, int p) {
        PersonRecords.Enrolments e = r.enrolments;
        int best = -1;
        for (int i = 0; i < e.n; i++) {
            if (e.begin[i] <= p && e.end[i] >= p && e.soort[i] != HO && (best < 0 || e.begin[i] >= e.begin[best])) {
                best = i;
            }
        }
        return best;
    }

    static boolean enrolledAnywhere(PersonRecords r, int day) {
        PersonRecords.Enrolments e = r.enrolments;
        for (int i = 0; i < e.n; i++) {
            if (e.begin[i] <= day && e.end[i] >= day) {
                return true;
            }
        }
        return false;
    }

    static boolean hasStartkwalificatie(PersonRecords r, int day) {
        PersonRecords.Diplomas d = r.diplomas;
        for (int i = 0; i < d.n; i++) {
            if (d.date[i] <= day && DIPLOMA[d.soort[i]].isStartkwalificatie()) {
                return true;
            }
        }
        return false;
    }

    static boolean livesInMunicipality(PersonRecords r, int day) {
        PersonRecords.Moves m = r.moves;
        int last = -1;
        for (int i = 0; i < m.n; i++) {
            if (m.date[i] <= day) {
                last = i;
            }
        }
        return last < 0 || !MOVE_KIND[m.kind[last]].leavesMunicipality();
    }

    /** The true probability of leaving in the year after 1 October of {@code year}; person must be in population. */
    static double probability(PersonRecords r, int year, double directEffectBuitenEuropa) {
        return probability(r, year, directEffectBuitenEuropa, NoiseSource.NONE);
    }

    /** The same, without the term of the source made noise. */
    static double probability(PersonRecords r, int year, double directEffectBuitenEuropa, NoiseSource noise) {
        int p = Days.peil(year);
        int yearAgo = Days.peil(year - 1);
        int threeYearsAgo = Days.peil(year - 3);
        int july = Days.of(year, 7, 1);
        int row = runningEnrolment(r, p);
        Onderwijssoort level = SOORT[r.enrolments.soort[row]];
        int leerjaar = r.enrolments.leerjaar[row];
        int age = ageOnPeildatum(r, year);

        double eta = LEVEL[level.ordinal()];
        eta += AGE[age - 12];
        boolean vmbo = level == Onderwijssoort.VMBO_BB || level == Onderwijssoort.VMBO_KB
                || level == Onderwijssoort.VMBO_GT;
        if (vmbo && leerjaar == 4) {
            eta += VMBO_EXAM_YEAR;
        }
        if ((level == Onderwijssoort.PRO || level == Onderwijssoort.VSO) && leerjaar >= 4) {
            eta += PRO_VSO_LEERJAAR_4_PLUS;
        }
        if (level.sector() == Onderwijssoort.Sector.MBO && leerjaar == 1) {
            eta += MBO_FIRST_YEAR;
        }
        eta += careerTerms(r, p);
        eta += absenceTerms(r, p, yearAgo, july);
        eta += socialTerms(r, p, threeYearsAgo, noise);
        if (r.herkomst == Herkomst.BUITEN_EUROPA.ordinal()) {
            eta += directEffectBuitenEuropa;
        }
        return Rng.logistic(eta);
    }

    /** Repeats, downward moves, school switches and return after a gap, from enrolments begun before p. */
    private static double careerTerms(PersonRecords r, int p) {
        PersonRecords.Enrolments e = r.enrolments;
        int repeats = 0;
        int downs = 0;
        int switches = 0;
        boolean returner = false;
        int maxEnd = Integer.MIN_VALUE;
        for (int i = 0; i < e.n && e.begin[i] < p; i++) {
            if (i > 0) {
                Onderwijssoort prev = SOORT[e.soort[i - 1]];
                Onderwijssoort cur = SOORT[e.soort[i]];
                if (cur == prev && e.leerjaar[i] == e.leerjaar[i - 1] && Days.month(e.begin[i]) == 8
                        && Days.dayOfMonth(e.begin[i]) == 1) {
                    repeats++;
                }
                if (cur.sector() == prev.sector() && Ladder.rank(cur) < Ladder.rank(prev)) {
                    downs++;
                }
                if (cur.sector() == prev.sector() && e.brin[i] != e.brin[i - 1]) {
                    switches++;
                }
                if ((long) e.begin[i] - maxEnd > RETURN_GAP_DAYS) {
                    returner = true;
                }
            }
            maxEnd = Math.max(maxEnd, e.end[i]);
        }
        return REPEAT * Math.min(repeats, 3) + DOWNWARD * Math.min(downs, 2) + SWITCH * Math.min(switches, 3)
                + (returner ? RETURNER : 0);
    }

    private static double absenceTerms(PersonRecords r, int p, int yearAgo, int july) {
        PersonRecords.Absences a = r.absences;
        double ong12 = 0;
        double ong3 = 0;
        int signaal = 0;
        boolean langdurig = false;
        boolean absoluut = false;
        for (int i = 0; i < a.n; i++) {
            int d = a.date[i];
            if (d < yearAgo || d >= p) {
                continue;
            }
            int s = a.soort[i];
            if (s == ONGEOORLOOFD) {
                double w = d >= Days.DRIFT_FROM ? DRIFT_WEIGHT : 1.0;
                ong12 += w;
                if (d >= july) {
                    ong3 += w;
                }
            } else if (s == LANGDURIG) {
                langdurig = true;
            } else if (s == SIGNAAL) {
                signaal++;
            } else if (s == ABSOLUUT) {
                absoluut = true;
            }
        }
        return ONGEOORLOOFD_12M * Math.min(ong12, 6.0) + ONGEOORLOOFD_3M * Math.min(ong3, 3.0)
                + (langdurig ? LANGDURIG_12M : 0) + SIGNAAL_12M * Math.min(signaal, 4)
                + (absoluut ? ABSOLUUT_12M : 0);
    }

    private static double socialTerms(PersonRecords r, int p, int threeYearsAgo, NoiseSource noise) {
        double eta = 0;
        if (noise != NoiseSource.UITKERINGEN && runningKnown(r.benefits, p)) {
            eta += BENEFIT;
        }
        if (noise != NoiseSource.SCHULDHULP && runningKnown(r.debtSupport, p)) {
            eta += DEBT;
        }
        PersonRecords.Spells y = r.youthCare;
        boolean care = false;
        boolean protection = false;
        boolean probation = false;
        for (int i = 0; i < y.n; i++) {
            if (y.registered[i] < p && y.end[i] >= threeYearsAgo) {
                Jeugdhulpsoort k = CARE_KIND[y.kind[i]];
                care |= k == Jeugdhulpsoort.ZONDER_VERBLIJF || k == Jeugdhulpsoort.MET_VERBLIJF;
                protection |= k == Jeugdhulpsoort.JEUGDBESCHERMING;
                probation |= k == Jeugdhulpsoort.JEUGDRECLASSERING;
            }
        }
        if (noise != NoiseSource.JEUGDHULP) {
            eta += (care ? YOUTH_CARE : 0) + (protection ? YOUTH_PROTECTION : 0) + (probation ? YOUTH_PROBATION : 0);
        }
        PersonRecords.Moves m = r.moves;
        int moves = 0;
        for (int i = 0; i < m.n; i++) {
            if (m.date[i] >= threeYearsAgo && m.date[i] < p
                    && !MOVE_KIND[m.kind[i]].leavesMunicipality()) {
                moves++;
            }
        }
        return eta + MOVE * Math.min(moves, 3);
    }

    private static boolean runningKnown(PersonRecords.Spells s, int p) {
        for (int i = 0; i < s.n; i++) {
            if (s.registered[i] < p && s.end[i] >= p) {
                return true;
            }
        }
        return false;
    }
}
