package nl.vroegsignaal.explain;

/**
 * Who follows a young person up: the leerplicht officer below 18 (the qualification duty, Leerplichtwet), the
 * RMC consultant from 18 on. Each band gets a list of its own.
 */
public enum AgeBand {
    LEERPLICHT("leerplicht", "Leerplicht (jonger dan 18 jaar)"),
    RMC("rmc", "RMC (18 jaar en ouder)");

    /** The age from which the RMC list applies. */
    public static final int RMC_FROM_AGE = 18;

    private final String key;
    private final String nameNl;

    AgeBand(String key, String nameNl) {
        this.key = key;
        this.nameNl = nameNl;
    }

    /** The configuration's and the file names' key: {@code leerplicht} or {@code rmc}. */
    public String key() {
        return key;
    }

    public String nameNl() {
        return nameNl;
    }

    public static AgeBand of(int age) {
        return age >= RMC_FROM_AGE ? RMC : LEERPLICHT;
    }
}
