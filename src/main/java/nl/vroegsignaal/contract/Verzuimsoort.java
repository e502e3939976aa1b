package nl.vroegsignaal.contract;

/** Kinds of absence registration in the Verzuimregister. */
public enum Verzuimsoort implements Code {
    ONGEOORLOOFD("ongeoorloofd"), LANGDURIG("langdurig"), LUXEVERZUIM("luxeverzuim"),
    SIGNAALVERZUIM("signaalverzuim"), ABSOLUUT("absoluut");

    public static final CodeList<Verzuimsoort> CODES = CodeList.of(Verzuimsoort.class);

    private final String code;

    Verzuimsoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
