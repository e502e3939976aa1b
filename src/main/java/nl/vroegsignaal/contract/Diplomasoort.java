package nl.vroegsignaal.contract;

/** Diploma types; HAVO, VWO, MBO-2 and higher are a startkwalificatie (basic qualification). */
public enum Diplomasoort implements Code {
    VMBO_BB("VMBO-BB", false), VMBO_KB("VMBO-KB", false), VMBO_GT("VMBO-GT", false), HAVO("HAVO", true),
    VWO("VWO", true), MBO_1("MBO-1", false), MBO_2("MBO-2", true), MBO_3("MBO-3", true), MBO_4("MBO-4", true),
    HO("HO", true);

    public static final CodeList<Diplomasoort> CODES = CodeList.of(Diplomasoort.class);

    private final String code;
    private final boolean startkwalificatie;

    Diplomasoort(String code, boolean startkwalificatie) {
        this.code = code;
        this.startkwalificatie = startkwalificatie;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isStartkwalificatie() {
        return startkwalificatie;
    }
}
