package nl.vroegsignaal.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.SourceFile;

/**
 * A small, valid input folder that tests can break one file of. Persons P0000001..P0000003 (file order 3, 1,
 * 2); some event rows are out of date order, one enrolment and two absences belong to unknown persons.
 * Lines are numbered as in the file: line 1 is the header, line 2 the first row.
 */
final class ContractFixture {
    static final Map<SourceFile, List<String>> VALID = new EnumMap<>(SourceFile.class);

    static {
        valid(SourceFile.PERSONEN,
                "P0000003,2006-05,V,Nederland,WK036301",
                "P0000001,2007-11,M,buiten Europa,WK036302",
                "P0000002,2005-01,X,Europa,WK036301");
        valid(SourceFile.INSCHRIJVINGEN,
                "P0000001,12AB,VMBO-KB,3,2020-08-01,2021-07-31",
                "P0000001,12AB,VMBO-KB,2,2019-08-01,2020-07-31",
                "P0000002,99ZZ,MBO-2,1,2021-08-01,",
                "UNKNOWN01,12AB,HAVO,1,2020-08-01,");
        valid(SourceFile.DIPLOMAS,
                "P0000002,2021-07-01,VMBO-GT");
        valid(SourceFile.VERZUIM,
                "P0000001,2021-03-01,ongeoorloofd,16",
                "P0000001,2020-11-15,luxeverzuim,",
                "P0000003,2021-01-10,signaalverzuim,4",
                "NOBODY99,2021-01-10,absoluut,",
                "NOBODY98,2021-01-11,absoluut,");
        valid(SourceFile.UITKERINGEN,
                "P0000003,participatiewet,2019-01-01,,2019-03-01");
        // registratiedatum before begindatum: a planned trajectory, accepted.
        valid(SourceFile.JEUGDHULP,
                "P0000001,met verblijf,2020-01-01,2020-06-30,2019-12-15");
        valid(SourceFile.SCHULDHULP,
                "P0000002,2020-02-01,2020-12-31,2020-03-01");
        valid(SourceFile.VERHUIZINGEN,
                "P0000003,2021-06-01,vertrek");
    }

    private static void valid(SourceFile f, String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(f.header());
        lines.addAll(Arrays.asList(rows));
        VALID.put(f, List.copyOf(lines));
    }

    private final Path dir;

    private ContractFixture(Path dir) {
        this.dir = dir;
    }

    /** Writes the eight valid files into dir. */
    static ContractFixture valid(Path dir) {
        ContractFixture f = new ContractFixture(dir);
        for (SourceFile s : SourceFile.values()) {
            f.lines(s, VALID.get(s));
        }
        return f;
    }

    Path dir() {
        return dir;
    }

    Path file(SourceFile s) {
        return dir.resolve(s.fileName());
    }

    /** Replaces the file with these lines, each ended by "\n". */
    ContractFixture lines(SourceFile s, List<String> lines) {
        return text(s, String.join("\n", lines) + "\n");
    }

    /** Replaces the file with the header of the contract and these data rows. */
    ContractFixture rows(SourceFile s, String... rows) {
        List<String> lines = new ArrayList<>();
        lines.add(s.header());
        lines.addAll(Arrays.asList(rows));
        return lines(s, lines);
    }

    /** Replaces line n (1-based, the header is line 1) of the valid file. */
    ContractFixture line(SourceFile s, int n, String content) {
        List<String> lines = new ArrayList<>(VALID.get(s));
        lines.set(n - 1, content);
        return lines(s, lines);
    }

    /** Adds rows after the valid rows. */
    ContractFixture append(SourceFile s, String... rows) {
        List<String> lines = new ArrayList<>(VALID.get(s));
        lines.addAll(Arrays.asList(rows));
        return lines(s, lines);
    }

    ContractFixture text(SourceFile s, String content) {
        return bytes(s, content.getBytes(StandardCharsets.UTF_8));
    }

    ContractFixture bytes(SourceFile s, byte[] content) {
        try {
            Files.write(file(s), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ContractFixture delete(SourceFile s) {
        try {
            Files.delete(file(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
