package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;

/**
 * One simulated young person's fixed draws: who they are (written to personen.csv) and the latent traits that
 * drive their records but are never written. Reused from person to person.
 */
final class Person {
    /** Arrival of a person who always lived here. */
    static final int NATIVE = Integer.MIN_VALUE;

    long index;
    /** Bit (year - first peildatum year) set for each list after which the team reached the person (treatment knob). */
    int contactedYears;
    int birthYear;
    int birthMonth;
    Geslacht geslacht;
    Herkomst herkomst;
    int wijk;
    int municipality;
    /** Household disadvantage: drives benefits, debt, youth care and moves; tied to wijk and origin. */
    double disadvantage;
    /** Disengagement from school: drives absence, repeats and youth care; higher for boys. */
    double disengagement;
    /** School ability: drives track, exam results and moving up or down. */
    double ability;
    int entryYear;
    /** Day the person came to live in the municipality ({@link #NATIVE} if always); nothing is recorded before. */
    int arrival;
    /** Day the person left the municipality, or {@link Days#OPEN}; nothing is recorded from then on. */
    int departure;

    boolean boy() {
        return geslacht == Geslacht.M;
    }

    /** Birth taken as the 1st of the month, as the contract's age rule does. */
    int birthDay() {
        return Days.of(birthYear, birthMonth, 1);
    }

    /** Age in whole years on a day (birth on the 1st of the birth month). */
    int ageOn(int day) {
        int y = Days.year(day);
        int age = y - birthYear;
        return Days.month(day) < birthMonth ? age - 1 : age;
    }
}
