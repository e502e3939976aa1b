package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * Simulates one person from their own random streams (seeded by run seed and person index), so persons can be
 * generated in any order or in parallel and still give the same rows. One instance per thread.
 */
final class PersonSimulator {
    /** Birth months run from October 1996 to September 2014: everyone is 12..22 on some peildatum. */
    static final int FIRST_BIRTH_MONTH = 1996 * 12 + 9;
    static final int BIRTH_MONTHS = 216;
    private static final int MAIN_STREAM = 0;
    private static final int LUXE_STREAM = 7;
    private static final int REGISTRATION_BIAS_STREAM = 8;
    private static final int REGISTRATION_DRIFT_STREAM = 10;

    private final long seed;
    private final World world;
    private final Career career;
    private final double registrationBias;
    private final DriftKnobs drift;
    private final NoiseSource noise;
    private final TreatmentKnob treatment;
    private final PseudonymCodec codec;
    final Person person = new Person();
    final PersonRecords records = new PersonRecords();

    PersonSimulator(long seed, World world, double directEffect, boolean proxyLeak, double registrationBias,
                    NoiseSource noise, DriftKnobs drift) {
        this(seed, world, directEffect, proxyLeak, registrationBias, noise, drift, TreatmentKnob.NONE);
    }

    PersonSimulator(long seed, World world, double directEffect, boolean proxyLeak, double registrationBias,
                    NoiseSource noise, DriftKnobs drift, TreatmentKnob treatment) {
        this.drift = drift;
        this.treatment = treatment;
        this.codec = new PseudonymCodec(seed);
        this.seed = seed;
        this.noise = noise;
        this.registrationBias = registrationBias;
        this.world = world;
        this.career = new Career(world, directEffect, proxyLeak, noise, drift, treatment.effect());
    }

    void simulate(long index) {
        Rng rng = Rng.stream(seed, index, MAIN_STREAM);
        Rng luxe = Rng.stream(seed, index, LUXE_STREAM);
        Person p = person;
        PersonRecords r = records;
        r.reset();
        p.index = index;
        p.contactedYears = treatment.any() ? treatment.yearsOf(codec.of(index)) : 0;
        int month = FIRST_BIRTH_MONTH + rng.nextInt(BIRTH_MONTHS);
        p.birthYear = month / 12;
        p.birthMonth = month % 12 + 1;
        double g = rng.nextDouble();
        p.geslacht = g < 0.505 ? Geslacht.M : g < 0.997 ? Geslacht.V : g < 0.999 ? Geslacht.X : Geslacht.ONBEKEND;
        p.wijk = world.wijkFor(rng.nextDouble());
        p.municipality = world.wijkMunicipality[p.wijk];
        double h = rng.nextDouble();
        double be = world.shareBuitenEuropa[p.wijk];
        double eu = world.shareEuropa[p.wijk];
        p.herkomst = h < be ? Herkomst.BUITEN_EUROPA : h < be + eu ? Herkomst.EUROPA
                : h < be + eu + 0.004 ? Herkomst.ONBEKEND : Herkomst.NEDERLAND;
        double originShift = p.herkomst == Herkomst.BUITEN_EUROPA ? 0.45 : p.herkomst == Herkomst.EUROPA ? 0.15 : 0;
        p.disadvantage = 0.6 * world.deprivation[p.wijk] + originShift + 0.8 * rng.gaussian();
        double sexShift = p.geslacht == Geslacht.M ? 0.6 : p.geslacht == Geslacht.V ? 0 : 0.2;
        p.disengagement = sexShift + 0.3 * p.disadvantage + 0.9 * rng.gaussian();
        p.ability = -0.3 * p.disadvantage + (p.geslacht == Geslacht.V ? 0.1 : 0) + 0.95 * rng.gaussian();
        p.entryYear = p.birthYear + 12 + (p.birthMonth >= 10 ? 1 : 0) + (rng.chance(0.06) ? 1 : 0);
        r.birthYear = p.birthYear;
        r.birthMonth = p.birthMonth;
        r.herkomst = p.herkomst.ordinal();

        SocialDomain.arrivalAndDeparture(rng, p);
        SocialDomain.generate(rng, p, r, noise);
        career.run(rng, luxe, p, r);
        if (registrationBias > 0 && p.herkomst == Herkomst.BUITEN_EUROPA) {
            // after the career: the true probabilities are already drawn, so they never see these reports
            AbsenceModel.phantom(Rng.stream(seed, index, REGISTRATION_BIAS_STREAM), p, r, registrationBias);
        }
        if (drift.registration() > 0) {
            // the same for everyone, from the school year the registration changed; the truth never sees them
            AbsenceModel.phantom(Rng.stream(seed, index, REGISTRATION_DRIFT_STREAM), p, r, drift.registration(),
                    Days.DRIFT_FROM);
        }
        endAtDeparture(p, r);
        r.absences.sortByDate();
        sortMoves(r.moves);
    }

    /** Nothing is recorded once the person has left the municipality; a running enrolment ends that day. */
    private static void endAtDeparture(Person p, PersonRecords r) {
        int gone = p.departure;
        if (gone == Days.OPEN) {
            return;
        }
        PersonRecords.Enrolments e = r.enrolments;
        int w = 0;
        for (int i = 0; i < e.n; i++) {
            if (e.begin[i] < gone) {
                e.brin[w] = e.brin[i];
                e.soort[w] = e.soort[i];
                e.leerjaar[w] = e.leerjaar[i];
                e.begin[w] = e.begin[i];
                e.end[w++] = Math.min(e.end[i], gone);
            }
        }
        e.n = w;
        r.absences.dropFrom(0, gone);
        PersonRecords.Diplomas d = r.diplomas;
        int k = 0;
        for (int i = 0; i < d.n; i++) {
            if (d.date[i] < gone) {
                d.date[k] = d.date[i];
                d.soort[k++] = d.soort[i];
            }
        }
        d.n = k;
    }

    private static void sortMoves(PersonRecords.Moves m) {
        for (int i = 1; i < m.n; i++) {
            int d = m.date[i];
            byte k = m.kind[i];
            int j = i - 1;
            while (j >= 0 && m.date[j] > d) {
                m.date[j + 1] = m.date[j];
                m.kind[j + 1] = m.kind[j];
                j--;
            }
            m.date[j + 1] = d;
            m.kind[j + 1] = k;
        }
    }
}
