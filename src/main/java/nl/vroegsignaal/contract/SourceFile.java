package nl.vroegsignaal.contract;

import java.util.List;

/** The eight input files of the data contract, with their exact column sets in file order. */
public enum SourceFile {
    PERSONEN("personen.csv", "pseudoniem", "geboortemaand", "geslacht", "herkomst", "wijk"),
    INSCHRIJVINGEN("inschrijvingen.csv", "pseudoniem", "brin", "onderwijssoort", "leerjaar", "begindatum", "einddatum"),
    DIPLOMAS("diplomas.csv", "pseudoniem", "datum", "diplomasoort"),
    VERZUIM("verzuim.csv", "pseudoniem", "meldingsdatum", "verzuimsoort", "uren"),
    UITKERINGEN("uitkeringen.csv", "pseudoniem", "regeling", "begindatum", "einddatum", "registratiedatum"),
    JEUGDHULP("jeugdhulp.csv", "pseudoniem", "jeugdhulpsoort", "begindatum", "einddatum", "registratiedatum"),
    SCHULDHULP("schuldhulp.csv", "pseudoniem", "begindatum", "einddatum", "registratiedatum"),
    VERHUIZINGEN("verhuizingen.csv", "pseudoniem", "datum", "verhuissoort");

    private final String fileName;
    private final List<String> columns;

    SourceFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    public String header() {
        return String.join(",", columns);
    }
}
