package nl.vroegsignaal.contract;

/** Kinds of youth care trajectory. */
public enum Jeugdhulpsoort implements Code {
    ZONDER_VERBLIJF("zonder verblijf"), MET_VERBLIJF("met verblijf"), JEUGDBESCHERMING("jeugdbescherming"),
    JEUGDRECLASSERING("jeugdreclassering");

    public static final CodeList<Jeugdhulpsoort> CODES = CodeList.of(Jeugdhulpsoort.class);

    private final String code;

    Jeugdhulpsoort(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
