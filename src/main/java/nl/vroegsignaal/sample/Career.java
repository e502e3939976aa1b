package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Onderwijssoort;

/**
 * A person's school career, simulated one school year at a time from entering secondary school. At each
 * 1 October where the records put the person in the contract's population, the true probability is computed
 * from the records ({@link Oracle}) and the outcome is drawn from it; the rest of that school year is then
 * simulated so that the records realise the outcome: a leaver is enrolled nowhere a year later and gets no
 * startkwalificatie in between, a stayer is enrolled a year later or gets a startkwalificatie.
 */
final class Career {
    final World world;
    final double directEffect;
    private final DriftKnobs drift;
    /** The share by which contact after a list lowers the chance of leaving that year (treatment knob). */
    private final double treatmentEffect;
    /** The source the outcome never sees (necessity knob). */
    final NoiseSource noise;
    final boolean proxyLeak;

    Person person;
    PersonRecords records;
    Rng rng;
    Rng luxeRng;

    boolean enrolled;
    Onderwijssoort level;
    int leerjaar;
    int brin;
    /** Recorded row of the current enrolment, or -1 while it is not recorded (before arrival). */
    int row;
    /** Whether the current row's first day is the first day of the school year (no arrival or switch since). */
    boolean rowFromYearStart;
    boolean left;
    int leftYear;
    boolean finished;
    int repeatsOfThisYear;
    Diplomasoort vavoTarget;
    /** Whether the person holds any diploma (a returner with one goes to MBO-2 more often). */
    boolean anyDiploma;

    Career(World world, double directEffect, boolean proxyLeak, NoiseSource noise, DriftKnobs drift) {
        this(world, directEffect, proxyLeak, noise, drift, 0);
    }

    Career(World world, double directEffect, boolean proxyLeak, NoiseSource noise, DriftKnobs drift,
           double treatmentEffect) {
        this.treatmentEffect = treatmentEffect;
        this.drift = drift;
        this.world = world;
        this.noise = noise;
        this.directEffect = directEffect;
        this.proxyLeak = proxyLeak;
    }

    void run(Rng rng, Rng luxeRng, Person p, PersonRecords r) {
        this.rng = rng;
        this.luxeRng = luxeRng;
        this.person = p;
        this.records = r;
        enrolled = false;
        left = false;
        finished = false;
        row = -1;
        repeatsOfThisYear = 0;
        vavoTarget = null;
        anyDiploma = false;
        Transitions.enterSecondarySchool(this, p.entryYear);
        for (int y = p.entryYear; y <= Days.LAST_PEIL_YEAR; y++) {
            if (p.departure <= Days.peil(y) || (finished && !enrolled)) {
                break;
            }
            schoolYear(y);
        }
    }

    private void schoolYear(int y) {
        int absenceMark = records.absences.n;
        double shock = 0.5 * rng.gaussian();
        if (enrolled) {
            regularAbsence(Days.of(y, 8, 20), Days.of(y + 1, 7, 10), shock, 1.0);
        }
        boolean inPopulation = Oracle.inPopulation(records, y);
        double u = rng.nextDouble();
        boolean leaves = false;
        if (inPopulation) {
            double probability = Oracle.probability(records, y, directEffect, noise);
            if (y >= DriftKnobs.FROM_YEAR && drift.baseRate() != 0) {
                // the leaving rate moves from 2024 on; the relations between records and leaving stay
                probability = Rng.logistic(Math.log(probability / (1 - probability)) + drift.baseRate());
            }
            int bit = y - Days.FIRST_PEIL_YEAR;
            if (treatmentEffect > 0 && bit >= 0 && bit < 31 && (person.contactedYears & (1 << bit)) != 0) {
                // reached by the team after this peildatum's list: the same draw u against a lowered chance
                probability *= 1 - treatmentEffect;
            }
            leaves = u < probability;
            if (y >= Days.FIRST_PEIL_YEAR) {
                records.truth.add(y, probability, leaves);
            }
        }
        if (enrolled && leaves) {
            leave(y, absenceMark);
        } else if (enrolled) {
            Transitions.midYearSwitch(this, y);
            Transitions.yearEnd(this, y);
        } else if (left) {
            maybeReturn(y, shock);
        }
    }

    void regularAbsence(int from, int to, double shock, double fraction) {
        int age = person.ageOn(from);
        boolean mbo = level.sector() == Onderwijssoort.Sector.MBO;
        double mu = AbsenceModel.intensity(person, age, mbo, shock);
        AbsenceModel.schoolPeriod(rng, person, records, from, to, mu, fraction);
        AbsenceModel.luxe(luxeRng, person, records, from, to, proxyLeak);
    }

    /** The drawn outcome is "leave": end the enrolment within the year, with no startkwalificatie. */
    private void leave(int y, int absenceMark) {
        int peil = Days.peil(y);
        int yearEnd = Days.of(y + 1, 7, 31);
        boolean exitYear = (isVmbo(level) && leerjaar >= 4) || (level == Onderwijssoort.MBO_1)
                || ((level == Onderwijssoort.PRO || level == Onderwijssoort.VSO) && leerjaar >= 4);
        double path = rng.nextDouble();
        int dropDay;
        if (exitYear && path < 0.5) {
            // Finishes the year, perhaps with a diploma that is no startkwalificatie, and does not go on.
            dropDay = yearEnd;
            Diplomasoort d = Ladder.diploma(level);
            if (d != null && !d.isStartkwalificatie() && rng.chance(isVmbo(level) ? 0.8 : 0.6)) {
                diploma(d, rng.between(Days.of(y + 1, 6, 10), Days.of(y + 1, 7, 10)));
            }
            AbsenceModel.escalation(rng, person, records, Days.of(y + 1, 3, 1), Days.of(y + 1, 7, 10));
        } else if (path < (exitYear ? 0.65 : 0.25)) {
            // Sees the school year out but does not come back after the summer.
            dropDay = yearEnd;
            AbsenceModel.escalation(rng, person, records, Days.of(y + 1, 3, 1), Days.of(y + 1, 7, 10));
        } else {
            dropDay = Days.offPeildatum(rng.between(Days.of(y, 10, 20), Days.of(y + 1, 6, 30)));
            records.absences.dropFrom(absenceMark, dropDay);
            AbsenceModel.escalation(rng, person, records, peil + 1, dropDay);
        }
        close(dropDay);
        AbsenceModel.absolute(rng, person, records, dropDay);
        left = true;
        leftYear = y;
    }

    /** Someone who left may come back to school, always after the next peildatum (so the label holds). */
    private void maybeReturn(int y, double shock) {
        int age = person.ageOn(Days.of(y + 1, 8, 1));
        double chance = y == leftYear + 1 ? 0.20 : 0.12;
        boolean back = rng.chance(chance);
        boolean midYear = rng.chance(0.4);
        double which = rng.nextDouble();
        if (!back || age > 21) {
            return;
        }
        Onderwijssoort to;
        if ((level == Onderwijssoort.HAVO || level == Onderwijssoort.VWO || level == Onderwijssoort.VAVO)
                && age >= 18 && which < 0.5) {
            to = Onderwijssoort.VAVO;
            vavoTarget = level == Onderwijssoort.VWO ? Diplomasoort.VWO : Diplomasoort.HAVO;
        } else if (anyDiploma || level.sector() == Onderwijssoort.Sector.MBO) {
            to = which < 0.7 ? Onderwijssoort.MBO_2 : Onderwijssoort.MBO_1;
        } else {
            to = which < 0.6 ? Onderwijssoort.MBO_1 : Onderwijssoort.MBO_2;
        }
        left = false;
        repeatsOfThisYear = 0;
        int school = Transitions.schoolFor(this, to);
        if (midYear) {
            open(to, 1, school, Days.of(y + 1, 2, 1), Days.of(y + 1, 7, 31));
            regularAbsence(Days.of(y + 1, 2, 1), Days.of(y + 1, 7, 10), shock, 0.45);
            Transitions.yearEnd(this, y);
        } else {
            open(to, 1, school, Days.of(y + 1, 8, 1), Days.of(y + 2, 7, 31));
        }
    }

    /**
     * Opens an enrolment. Before the person's arrival it is not recorded; if the arrival falls inside it, the
     * record starts on the arrival day at a school in the municipality.
     */
    void open(Onderwijssoort soort, int lj, int school, int begin, int plannedEnd) {
        enrolled = true;
        level = soort;
        leerjaar = lj;
        brin = school;
        rowFromYearStart = true;
        if (begin >= person.arrival) {
            row = records.enrolments.add(school, soort.ordinal(), lj, begin);
        } else if (person.arrival <= plannedEnd) {
            brin = Transitions.otherSchool(this, soort, school);
            row = records.enrolments.add(brin, soort.ordinal(), lj, person.arrival);
            rowFromYearStart = false;
        } else {
            row = -1;
        }
    }

    void close(int end) {
        if (row >= 0) {
            records.enrolments.end[row] = end;
        }
        row = -1;
        enrolled = false;
    }

    void diploma(Diplomasoort d, int day) {
        records.diplomas.add(day, d.ordinal());
        anyDiploma = true;
    }

    /** After a startkwalificatie: perhaps one follow-on programme written as a single row, then no more school. */
    void finishWith(Onderwijssoort next, int begin, int years, double diplomaChance) {
        finished = true;
        enrolled = false;
        row = -1;
        if (next == null) {
            return;
        }
        int school = Transitions.schoolFor(this, next);
        int end = Days.of(Days.year(begin) + years, 7, 31);
        if (begin >= person.arrival) {
            int r = records.enrolments.add(school, next.ordinal(), 1, begin);
            records.enrolments.end[r] = end;
            if (rng.chance(diplomaChance)) {
                records.diplomas.add(Days.of(Days.year(begin) + years, 7, 3), Ladder.diploma(next).ordinal());
            }
        }
    }

    static boolean isVmbo(Onderwijssoort s) {
        return s == Onderwijssoort.VMBO_BB || s == Onderwijssoort.VMBO_KB || s == Onderwijssoort.VMBO_GT;
    }
}
