package nl.vroegsignaal.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eight input files of the data contract, with their exact column sets in file order.
 *
 * <p>Only the three social-domain sources may be absent ({@link #mayBeAbsent}), and only when the configuration
 * says so ({@code link.optionalSources}): each feeds features and nothing else. The other five cannot be: personen.csv
 * is the register every pseudonym links to and gives age; inschrijvingen.csv defines the population and, with
 * diplomas.csv, the label; verhuizingen.csv decides who lives in the municipality and who is censored; verzuim.csv
 * bounds the first peildatum (its coverage) and is today's practice, the absence rule every model must beat.
 */
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

    /** The name in the configuration, e.g. {@code schuldhulp}: the file name without {@code .csv}. */
    public String key() {
        return fileName.substring(0, fileName.length() - ".csv".length());
    }

    /** Whether the contract allows this file to be absent (see the class comment). */
    public boolean mayBeAbsent() {
        return this == UITKERINGEN || this == JEUGDHULP || this == SCHULDHULP;
    }

    public static Optional<SourceFile> byKey(String key) {
        for (SourceFile f : values()) {
            if (f.key().equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static Optional<SourceFile> byFileName(String fileName) {
        for (SourceFile f : values()) {
            if (f.fileName.equals(fileName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
