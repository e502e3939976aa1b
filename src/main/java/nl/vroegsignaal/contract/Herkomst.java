package nl.vroegsignaal.contract;

/** Protected attribute: origin (CBS classification since 2022). Read only by the fairness audit. */
public enum Herkomst implements Code {
    NEDERLAND("Nederland"), EUROPA("Europa"), BUITEN_EUROPA("buiten Europa"), ONBEKEND("onbekend");

    public static final CodeList<Herkomst> CODES = CodeList.of(Herkomst.class);

    private final String code;

    Herkomst(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
