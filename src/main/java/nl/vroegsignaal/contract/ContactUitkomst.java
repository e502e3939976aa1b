package nl.vroegsignaal.contract;

/**
 * The closed list of outcomes a team records in a contact log after a signal. The first three codes are spelled
 * as in {@code in-beeld.csv} ({@link InBeeldSoort}), so that a contact log's outcome can be delivered there as it
 * is. Each outcome says how far along the chain (contacted, help offered, help accepted) the person came, which is
 * what the follow-up's step audit counts.
 */
public enum ContactUitkomst implements Code {
    IN_GESPREK("in_gesprek", Step.CONTACTED),
    HULP_AANGEBODEN("hulp_aangeboden", Step.HELP_OFFERED),
    HULP_GEACCEPTEERD("hulp_geaccepteerd", Step.HELP_ACCEPTED),
    NIET_BEREIKT("niet_bereikt", Step.LISTED),
    AL_IN_BEELD("al_in_beeld", Step.LISTED),
    GEEN_HULP_NODIG("geen_hulp_nodig", Step.CONTACTED),
    GEWEIGERD("geweigerd", Step.HELP_OFFERED);

    public static final CodeList<ContactUitkomst> CODES = CodeList.of(ContactUitkomst.class);

    /** How far along the chain an outcome came: each step includes the ones before it. */
    public enum Step {
        LISTED, CONTACTED, HELP_OFFERED, HELP_ACCEPTED
    }

    private final String code;
    private final Step reached;

    ContactUitkomst(String code, Step reached) {
        this.code = code;
        this.reached = reached;
    }

    @Override
    public String code() {
        return code;
    }

    /** The furthest step this outcome reached. */
    public Step reached() {
        return reached;
    }

    /** Whether the team spoke with the young person (so a first-contact date belongs with it). */
    public boolean contacted() {
        return reached.compareTo(Step.CONTACTED) >= 0;
    }
}
