package nl.vroegsignaal.contract;

/** Kinds of move in the BRP; {@link #leavesMunicipality()} ends residence in the municipality. */
public enum Verhuissoort implements Code {
    BINNEN_GEMEENTE("binnen gemeente"), VESTIGING("vestiging"), VERTREK("vertrek"), EMIGRATIE("emigratie");

    public static final CodeList<Verhuissoort> CODES = CodeList.of(Verhuissoort.class);

    private final String code;

    Verhuissoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean leavesMunicipality() {
        return this == VERTREK || this == EMIGRATIE;
    }
}
