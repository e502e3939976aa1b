package nl.vroegsignaal.contract;

/** Protected attribute: sex as registered. Read only by the fairness audit, never by a model. */
public enum Geslacht implements Code {
    M("M"), V("V"), X("X"), ONBEKEND("onbekend");

    public static final CodeList<Geslacht> CODES = CodeList.of(Geslacht.class);

    private final String code;

    Geslacht(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
