package nl.vroegsignaal.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.CodeList;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;
import nl.vroegsignaal.link.Absences;
import nl.vroegsignaal.link.Dates;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.LinkedDataBuilder;

/**
 * Rows of the eight contract files, spelled exactly as in the CSV files, for tests: the same rows can be
 * written as contract CSV files (for the CLI and the DuckDB twin) and built in memory with
 * {@link LinkedDataBuilder} (standing in for the CSV reader). Dates are ISO strings; "" is an open end.
 */
public final class ContractRecords {
    private final Map<SourceFile, List<List<String>>> rows = new EnumMap<>(SourceFile.class);

    public ContractRecords() {
        for (SourceFile f : SourceFile.values()) {
            rows.put(f, new ArrayList<>());
        }
    }

    public ContractRecords copy() {
        ContractRecords c = new ContractRecords();
        rows.forEach((f, list) -> c.rows.get(f).addAll(list));
        return c;
    }

    public ContractRecords person(String pseudonym, String geboortemaand, String geslacht, String herkomst,
                                  String wijk) {
        return add(SourceFile.PERSONEN, pseudonym, geboortemaand, geslacht, herkomst, wijk);
    }

    /** A person with neutral protected attributes, in wijk WK036301. */
    public ContractRecords person(String pseudonym, String geboortemaand) {
        return person(pseudonym, geboortemaand, "V", "Nederland", "WK036301");
    }

    public ContractRecords enrolment(String pseudonym, String brin, String soort, int leerjaar, String begin,
                                     String end) {
        return add(SourceFile.INSCHRIJVINGEN, pseudonym, brin, soort, Integer.toString(leerjaar), begin, end);
    }

    public ContractRecords diploma(String pseudonym, String datum, String soort) {
        return add(SourceFile.DIPLOMAS, pseudonym, datum, soort);
    }

    /** {@code uren} may be null (the optional column left empty). */
    public ContractRecords absence(String pseudonym, String meldingsdatum, String soort, Integer uren) {
        return add(SourceFile.VERZUIM, pseudonym, meldingsdatum, soort, uren == null ? "" : uren.toString());
    }

    public ContractRecords benefit(String pseudonym, String regeling, String begin, String end, String registered) {
        return add(SourceFile.UITKERINGEN, pseudonym, regeling, begin, end, registered);
    }

    public ContractRecords youthCare(String pseudonym, String soort, String begin, String end, String registered) {
        return add(SourceFile.JEUGDHULP, pseudonym, soort, begin, end, registered);
    }

    public ContractRecords debtSupport(String pseudonym, String begin, String end, String registered) {
        return add(SourceFile.SCHULDHULP, pseudonym, begin, end, registered);
    }

    public ContractRecords move(String pseudonym, String datum, String soort) {
        return add(SourceFile.VERHUIZINGEN, pseudonym, datum, soort);
    }

    public ContractRecords add(SourceFile file, String... values) {
        if (values.length != file.columns().size()) {
            throw new IllegalArgumentException(file + " has " + file.columns().size() + " columns");
        }
        rows.get(file).add(List.of(values));
        return this;
    }

    /** The same rows with each file's rows in a random order. */
    public ContractRecords shuffled(java.util.Random random) {
        ContractRecords c = copy();
        c.rows.values().forEach(list -> java.util.Collections.shuffle(list, random));
        return c;
    }

    /** Rows per file, for messages. */
    public String rowCounts() {
        StringBuilder sb = new StringBuilder();
        rows.forEach((f, list) -> sb.append(sb.length() == 0 ? "" : " ").append(f.fileName()).append('=').append(list.size()));
        return sb.toString();
    }

    public List<List<String>> rows(SourceFile file) {
        return rows.get(file);
    }

    /** Writes the eight files (header, then rows; fields quoted only when needed) into dir. */
    public void writeCsv(Path dir) {
        try {
            Files.createDirectories(dir);
            for (SourceFile f : SourceFile.values()) {
                StringBuilder sb = new StringBuilder(f.header()).append('\n');
                for (List<String> row : rows.get(f)) {
                    for (int i = 0; i < row.size(); i++) {
                        sb.append(i == 0 ? "" : ",").append(quote(row.get(i)));
                    }
                    sb.append('\n');
                }
                Files.writeString(dir.resolve(f.fileName()), sb, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** Builds the linked data the reader would build from these rows (rows are assumed valid). */
    public LinkedData toLinkedData() {
        LinkedDataBuilder b = new LinkedDataBuilder();
        for (SourceFile f : SourceFile.values()) {
            for (List<String> r : rows.get(f)) {
                addTo(b, f, r);
            }
        }
        return b.build(Map.of());
    }

    /** Adds one row, spelled as in the CSV file, to a builder (persons must come before their events). */
    public static void addTo(LinkedDataBuilder b, SourceFile file, List<String> r) {
        switch (file) {
            case PERSONEN -> {
                YearMonth m = YearMonth.parse(r.get(1));
                b.addPerson(r.get(0), m.getYear(), m.getMonthValue(), code(Geslacht.CODES, r.get(2)),
                        code(Herkomst.CODES, r.get(3)), r.get(4));
            }
            case INSCHRIJVINGEN -> b.addEnrolment(r.get(0), r.get(1), code(Onderwijssoort.CODES, r.get(2)),
                    Integer.parseInt(r.get(3)), day(r.get(4)), day(r.get(5)));
            case DIPLOMAS -> b.addDiploma(r.get(0), day(r.get(1)), code(Diplomasoort.CODES, r.get(2)));
            case VERZUIM -> b.addAbsence(r.get(0), day(r.get(1)), code(Verzuimsoort.CODES, r.get(2)),
                    r.get(3).isEmpty() ? Absences.NO_HOURS : Integer.parseInt(r.get(3)));
            case UITKERINGEN -> b.addBenefit(r.get(0), code(Regeling.CODES, r.get(1)), day(r.get(2)), day(r.get(3)),
                    day(r.get(4)));
            case JEUGDHULP -> b.addYouthCare(r.get(0), code(Jeugdhulpsoort.CODES, r.get(1)), day(r.get(2)),
                    day(r.get(3)), day(r.get(4)));
            case SCHULDHULP -> b.addDebtSupport(r.get(0), day(r.get(1)), day(r.get(2)), day(r.get(3)));
            case VERHUIZINGEN -> b.addMove(r.get(0), day(r.get(1)), code(Verhuissoort.CODES, r.get(2)));
        }
    }

    private static <E extends Enum<E> & nl.vroegsignaal.contract.Code> E code(CodeList<E> list, String value) {
        return list.parse(value).orElseThrow(() -> new IllegalArgumentException("not a code: " + value));
    }

    /** Epoch day of an ISO date; "" is an open end. */
    public static int day(String iso) {
        return iso.isEmpty() ? Dates.OPEN : (int) LocalDate.parse(iso).toEpochDay();
    }
}
