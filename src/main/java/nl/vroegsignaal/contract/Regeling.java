package nl.vroegsignaal.contract;

/** Household benefit schemes. */
public enum Regeling implements Code {
    PARTICIPATIEWET("participatiewet"), IOAW("ioaw"), IOAZ("ioaz"), BBZ("bbz");

    public static final CodeList<Regeling> CODES = CodeList.of(Regeling.class);

    private final String code;

    Regeling(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
