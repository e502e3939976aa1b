package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * Absence as schools register it. A latent yearly intensity (disengagement, disadvantage, age, MBO, a yearly
 * shock) gives episodes of unauthorised absence, of which a share is registered: 0.55 until the drift, 0.80 from
 * school year 2024/25 on. Leavers' absence escalates in the months before they drop out; luxeverzuim comes from
 * its own random stream, so the proxy-leak knob changes nothing else.
 */
final class AbsenceModel {
    static final double REGISTERED_BEFORE_DRIFT = 0.55;
    static final double REGISTERED_FROM_DRIFT = 0.80;
    static final double LUXE_RATE = 0.012;
    static final double LUXE_RATE_LEAK_BUITEN_EUROPA = 0.30;
    static final double LUXE_RATE_LEAK_OTHERS = 0.002;

    private static final int ONGEOORLOOFD = Verzuimsoort.ONGEOORLOOFD.ordinal();
    private static final int LANGDURIG = Verzuimsoort.LANGDURIG.ordinal();
    private static final int SIGNAAL = Verzuimsoort.SIGNAALVERZUIM.ordinal();
    private static final int LUXE = Verzuimsoort.LUXEVERZUIM.ordinal();
    private static final int ABSOLUUT = Verzuimsoort.ABSOLUUT.ordinal();

    private AbsenceModel() {
    }

    /** Expected unauthorised-absence episodes in a full school year. */
    static double intensity(Person p, int age, boolean mbo, double yearShock) {
        return StrictMath.exp(-2.5 + 0.8 * p.disengagement + 0.25 * p.disadvantage
                + 0.12 * Math.max(0, age - 13) + (mbo ? 0.3 : 0) + yearShock);
    }

    /** Regular absence between {@code from} and {@code to} (inclusive); {@code fraction} of a school year. */
    static void schoolPeriod(Rng rng, Person p, PersonRecords r, int from, int to, double mu, double fraction) {
        int span = to - from + 1;
        int episodes = rng.poisson(mu * fraction);
        for (int i = 0; i < episodes; i++) {
            int day = from + rng.nextInt(span);
            int hours = 16 + rng.poisson(6);
            if (rng.chance(registrationRate(day))) {
                add(p, r, day, ONGEOORLOOFD, hours);
            }
        }
        int signals = rng.poisson(0.6 * mu * fraction);
        for (int i = 0; i < signals; i++) {
            int day = from + rng.nextInt(span);
            int hours = rng.chance(0.7) ? rng.between(4, 15) : -1;
            if (rng.chance(0.5)) {
                add(p, r, day, SIGNAAL, hours);
            }
        }
        double longTerm = mu > 0.8 ? 1 - StrictMath.exp(-0.15 * mu * fraction) : 0;
        int day = from + rng.nextInt(span);
        if (rng.chance(longTerm) && rng.chance(registrationRate(day))) {
            add(p, r, day, LANGDURIG, -1);
        }
    }

    /** Unauthorised and long-term absence reported in the months before a drop-out on {@code dropDay}. */
    static void escalation(Rng rng, Person p, PersonRecords r, int from, int dropDay) {
        int start = Math.max(from, dropDay - 100);
        int span = Math.max(1, dropDay - start);
        int episodes = 1 + rng.poisson(1.0);
        for (int i = 0; i < episodes; i++) {
            int day = start + rng.nextInt(span);
            int hours = 16 + rng.poisson(10);
            if (rng.chance(registrationRate(day))) {
                add(p, r, day, ONGEOORLOOFD, hours);
            }
        }
        if (rng.chance(0.35)) {
            add(p, r, Math.max(from, dropDay - 1 - rng.nextInt(40)), LANGDURIG, -1);
        }
    }

    /** A report of absolute absence (of school age, enrolled nowhere) some weeks after leaving. */
    static void absolute(Rng rng, Person p, PersonRecords r, int leftOn) {
        int day = leftOn + rng.between(30, 120);
        if (rng.chance(0.6) && p.ageOn(day) < 18) {
            add(p, r, day, ABSOLUUT, -1);
        }
    }

    /**
     * Luxeverzuim (a family holiday in term time) of a pupil under 16, from the person's own luxe stream. With
     * the proxy-leak knob it is registered mostly for youngsters of origin outside Europe.
     */
    static void luxe(Rng luxeRng, Person p, PersonRecords r, int from, int to, boolean proxyLeak) {
        double rate = !proxyLeak ? LUXE_RATE
                : p.herkomst == Herkomst.BUITEN_EUROPA ? LUXE_RATE_LEAK_BUITEN_EUROPA : LUXE_RATE_LEAK_OTHERS;
        boolean registered = luxeRng.chance(rate);
        int day = from + luxeRng.nextInt(to - from + 1);
        int hours = luxeRng.between(8, 40);
        if (registered && p.ageOn(day) < 16) {
            add(p, r, day, LUXE, hours);
        }
    }

    /**
     * The registration-bias knob: each unauthorised-absence report is registered again, on average {@code extra}
     * more times within the following month, though no further absence happened. From the person's own stream,
     * after the career is simulated, so nothing else in the world changes and the true probability never sees it.
     */
    static void phantom(Rng rng, Person p, PersonRecords r, double extra) {
        phantom(rng, p, r, extra, Integer.MIN_VALUE);
    }

    /** The same, only for reports dated from {@code fromDay} on. */
    static void phantom(Rng rng, Person p, PersonRecords r, double extra, int fromDay) {
        PersonRecords.Absences a = r.absences;
        int real = a.n;
        for (int i = 0; i < real; i++) {
            if (a.soort[i] == ONGEOORLOOFD && a.date[i] >= fromDay) {
                int copies = rng.poisson(extra);
                for (int k = 0; k < copies; k++) {
                    int day = a.date[i] + 1 + rng.nextInt(30);
                    int hours = 16 + rng.poisson(6);
                    if (day < Days.EXTRACTION) {
                        add(p, r, day, ONGEOORLOOFD, hours);
                    }
                }
            }
        }
    }

    static double registrationRate(int day) {
        return day >= Days.DRIFT_FROM ? REGISTERED_FROM_DRIFT : REGISTERED_BEFORE_DRIFT;
    }

    private static void add(Person p, PersonRecords r, int day, int soort, int hours) {
        if (day >= p.arrival && day < p.departure) {
            r.absences.add(Days.offWindowEdges(day), soort, hours);
        }
    }
}
