package nl.vroegsignaal.sample;

/** Named sizes of a synthetic world, as in the data contract. */
public enum Scale {
    /** The committed data-sample: about 5,000 persons. */
    SAMPLE(5_000),
    /** A G4 city's young people. */
    CITY(100_000),
    /** All of the Netherlands. */
    NATION(2_500_000);

    private final int persons;

    Scale(int persons) {
        this.persons = persons;
    }

    public int persons() {
        return persons;
    }
}
