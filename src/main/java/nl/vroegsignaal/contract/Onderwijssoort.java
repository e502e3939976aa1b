package nl.vroegsignaal.contract;

/** Type of education of an enrolment (BRON). Order is roughly the Dutch level ladder within a sector. */
public enum Onderwijssoort implements Code {
    PRO("PRO", Sector.VO), VSO("VSO", Sector.VO), VMBO_BB("VMBO-BB", Sector.VO), VMBO_KB("VMBO-KB", Sector.VO),
    VMBO_GT("VMBO-GT", Sector.VO), HAVO("HAVO", Sector.VO), VWO("VWO", Sector.VO), VAVO("VAVO", Sector.VAVO),
    MBO_1("MBO-1", Sector.MBO), MBO_2("MBO-2", Sector.MBO), MBO_3("MBO-3", Sector.MBO), MBO_4("MBO-4", Sector.MBO),
    HO("HO", Sector.HO);

    public static final CodeList<Onderwijssoort> CODES = CodeList.of(Onderwijssoort.class);

    /** Sector used to split metrics (VO and MBO; VAVO is adult general education, HO is out of scope). */
    public enum Sector { VO, VAVO, MBO, HO }

    private final String code;
    private final Sector sector;

    Onderwijssoort(String code, Sector sector) {
        this.code = code;
        this.sector = sector;
    }

    @Override
    public String code() {
        return code;
    }

    public Sector sector() {
        return sector;
    }
}
