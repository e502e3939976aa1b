package nl.vroegsignaal.contract;

/**
 * Kinds of trajectory or contact in {@code in-beeld.csv}: who already has the young person in view. The first
 * four are running trajectories; the last three are the outcomes a contact log records after a signal, so that
 * a later contact log can be delivered in the same file.
 */
public enum InBeeldSoort implements Code {
    TRAJECT_LEERPLICHT("traject_leerplicht", "traject leerplicht"),
    TRAJECT_RMC("traject_rmc", "traject RMC"),
    ZORGTRAJECT("zorgtraject", "zorgtraject (jeugdhulp of wijkteam)"),
    SCHOOL("school", "begeleiding door de school"),
    IN_GESPREK("in_gesprek", "in gesprek"),
    HULP_AANGEBODEN("hulp_aangeboden", "hulp aangeboden"),
    AL_IN_BEELD("al_in_beeld", "al in beeld bij een collega");

    public static final CodeList<InBeeldSoort> CODES = CodeList.of(InBeeldSoort.class);

    private final String code;
    private final String nameNl;

    InBeeldSoort(String code, String nameNl) {
        this.code = code;
        this.nameNl = nameNl;
    }

    @Override
    public String code() {
        return code;
    }

    /** As a signal list shows it, e.g. "traject RMC". */
    public String nameNl() {
        return nameNl;
    }
}
