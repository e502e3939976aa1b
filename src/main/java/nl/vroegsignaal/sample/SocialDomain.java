package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.Verhuissoort;

/**
 * A person's life outside school: arrival in and departure from the municipality, and the household's benefits,
 * debt support, youth care and moves. Spells follow an alternating on/off renewal process whose share of time
 * "on" rises with household disadvantage; each is registered some weeks to months after it begins.
 */
final class SocialDomain {
    static final int PROCESS_START = Days.of(2006, 1, 1);
    static final double INCOMER_SHARE = 0.09;
    static final double BENEFIT_DAYS = 1100;
    static final double DEBT_DAYS = 600;
    static final double CARE_DAYS = 330;

    private SocialDomain() {
    }

    /** Draws arrival and departure (in this order, before anything else about the person's life). */
    static void arrivalAndDeparture(Rng rng, Person p) {
        p.arrival = Person.NATIVE;
        int twentySecond = Days.of(p.birthYear + 22, p.birthMonth, 1);
        if (rng.chance(INCOMER_SHARE)) {
            int from = Days.WRITTEN_FROM;
            int to = Math.min(twentySecond, Days.of(2026, 9, 15));
            p.arrival = Days.offPeildatum(from + rng.nextInt(Math.max(1, to - from)));
        }
        p.departure = Days.OPEN;
        for (int year = 2016; year <= 2026 && p.departure == Days.OPEN; year++) {
            int age = year - p.birthYear;
            double hazard = age < 17 ? 0.012 : age == 17 ? 0.02 : age == 18 ? 0.04 : 0.06;
            boolean leaves = rng.chance(hazard);
            int day = Days.of(year, 1, 1) + rng.nextInt(365);
            if (leaves && day < Days.EXTRACTION && (p.arrival == Person.NATIVE || day > p.arrival + 60)) {
                p.departure = Days.offPeildatum(day);
            }
        }
    }

    /**
     * Benefits, debt support, youth care and moves, clipped to the time the person lived here. The source made
     * noise gets the share "on" of an average household (disadvantage and disengagement 0) for everyone.
     */
    static void generate(Rng rng, Person p, PersonRecords r, NoiseSource noise) {
        double h = p.disadvantage;
        double z = p.disengagement;
        double hb = noise == NoiseSource.UITKERINGEN ? 0 : h;
        double hd = noise == NoiseSource.SCHULDHULP ? 0 : h;
        double hc = noise == NoiseSource.JEUGDHULP ? 0 : h;
        double zc = noise == NoiseSource.JEUGDHULP ? 0 : z;
        renewal(rng, p, r.benefits, Rng.logistic(-2.6 + 1.1 * hb), BENEFIT_DAYS, 7, 40, Kind.BENEFIT);
        renewal(rng, p, r.debtSupport, Rng.logistic(-3.4 + 0.9 * hd), DEBT_DAYS, 14, 60, Kind.DEBT);
        renewal(rng, p, r.youthCare, Rng.logistic(-3.0 + 0.45 * hc + 0.55 * zc), CARE_DAYS, 21, 75,
                noise == NoiseSource.JEUGDHULP ? Kind.CARE_NOISE : Kind.CARE);
        moves(rng, p, r);
    }

    /** CARE_NOISE: youth care whose kind does not depend on sex either. */
    private enum Kind { BENEFIT, DEBT, CARE, CARE_NOISE }

    private static void renewal(Rng rng, Person p, PersonRecords.Spells out, double shareOn, double meanOn,
                                int minDelay, double meanExtraDelay, Kind kind) {
        double meanOff = meanOn * (1 - shareOn) / shareOn;
        int born = p.birthDay();
        boolean care = kind == Kind.CARE || kind == Kind.CARE_NOISE;
        int start = care ? Math.max(PROCESS_START, born) : PROCESS_START;
        // Youth care is for minors: no trajectory starts after the 18th birthday.
        int stop = care ? Math.min(Days.EXTRACTION, Days.of(p.birthYear + 18, p.birthMonth, 1))
                : Days.EXTRACTION;
        int t = start;
        if (rng.chance(shareOn)) {
            int begin = Math.max(born, start - (int) rng.exponential(meanOn));
            t = start + 1 + (int) rng.exponential(meanOn);
            emit(rng, p, out, begin, t, minDelay, meanExtraDelay, kind);
        }
        while (true) {
            t += 1 + (int) rng.exponential(meanOff);
            if (t >= stop) {
                return;
            }
            int begin = t;
            t = begin + 30 + (int) rng.exponential(meanOn);
            emit(rng, p, out, begin, t, minDelay, meanExtraDelay, kind);
        }
    }

    private static void emit(Rng rng, Person p, PersonRecords.Spells out, int begin, int end, int minDelay,
                             double meanExtraDelay, Kind kind) {
        int kindCode = kindCode(rng, p, begin, kind);
        int delay = minDelay + (int) rng.exponential(meanExtraDelay);
        int settle = rng.between(0, 30);
        if (end < p.arrival || begin >= p.departure) {
            return;
        }
        if (begin < p.arrival) {
            begin = p.arrival + settle; // the household's case opens here after it moved in
        }
        end = Days.offPeildatum(Math.min(Math.min(end, p.departure), Days.EXTRACTION + 1000));
        begin = Days.offPeildatum(begin);
        if (end < begin || end < Days.WRITTEN_FROM) {
            return;
        }
        out.add(kindCode, begin, end, Days.offPeildatum(begin + delay));
    }

    private static int kindCode(Rng rng, Person p, int begin, Kind kind) {
        double u = rng.nextDouble();
        switch (kind) {
            case BENEFIT:
                return (u < 0.86 ? Regeling.PARTICIPATIEWET : u < 0.91 ? Regeling.IOAW
                        : u < 0.93 ? Regeling.IOAZ : Regeling.BBZ).ordinal();
            case CARE:
            case CARE_NOISE:
                int age = p.ageOn(begin);
                double boy = kind == Kind.CARE_NOISE ? 0.105 : p.boy() ? 0.16 : 0.05;
                double probation = age >= 12 ? boy : 0;
                if (u < probation) {
                    return Jeugdhulpsoort.JEUGDRECLASSERING.ordinal();
                }
                u = (u - probation) / (1 - probation);
                return (u < 0.72 ? Jeugdhulpsoort.ZONDER_VERBLIJF : u < 0.84 ? Jeugdhulpsoort.MET_VERBLIJF
                        : Jeugdhulpsoort.JEUGDBESCHERMING).ordinal();
            default:
                return 0;
        }
    }

    /** Vestiging at arrival, moves within the municipality (more in disadvantaged households), departure. */
    private static void moves(Rng rng, Person p, PersonRecords r) {
        if (p.arrival != Person.NATIVE && p.arrival >= Days.WRITTEN_FROM) {
            r.moves.add(p.arrival, Verhuissoort.VESTIGING.ordinal());
        }
        double perDay = (0.07 + 0.05 * Math.max(0, p.disadvantage)) / 365.25;
        int t = Math.max(Days.WRITTEN_FROM, p.arrival == Person.NATIVE ? 0 : p.arrival);
        int stop = Math.min(p.departure, Days.EXTRACTION);
        while (true) {
            t += 1 + (int) rng.exponential(1 / perDay);
            if (t >= stop) {
                break;
            }
            int day = Days.offPeildatum(t);
            if (day < stop) {
                r.moves.add(day, Verhuissoort.BINNEN_GEMEENTE.ordinal());
            }
        }
        if (p.departure != Days.OPEN) {
            boolean abroad = rng.chance(p.herkomst == Herkomst.EUROPA ? 0.35 : 0.12);
            r.moves.add(p.departure, (abroad ? Verhuissoort.EMIGRATIE : Verhuissoort.VERTREK).ordinal());
        }
    }
}
