package nl.vroegsignaal.link;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * Valid contract files with random (not realistic) content, only to measure reading speed before the real
 * generator (the sample stage) exists: about 30 event rows per person, seven school years, and 1% of event
 * rows with a pseudonym that is not in personen.csv. Deterministic for a seed.
 */
final class RandomContractFiles {
    private static final int FIRST_YEAR = 2017;
    private static final int YEARS = 7;

    private final SplittableRandom random;
    private final int persons;
    private final String[] pseudonyms;
    private final Map<SourceFile, BufferedWriter> out = new EnumMap<>(SourceFile.class);
    private long rows;

    private RandomContractFiles(int persons, long seed) {
        this.random = new SplittableRandom(seed);
        this.persons = persons;
        this.pseudonyms = new String[persons];
        for (int i = 0; i < persons; i++) {
            pseudonyms[i] = pseudonym();
        }
    }

    /** Writes the eight files for {@code persons} persons into dir; returns the number of data rows written. */
    static long write(Path dir, int persons, long seed) {
        try {
            Files.createDirectories(dir);
            RandomContractFiles g = new RandomContractFiles(persons, seed);
            for (SourceFile f : SourceFile.values()) {
                BufferedWriter w = Files.newBufferedWriter(dir.resolve(f.fileName()), StandardCharsets.UTF_8);
                w.write(f.header());
                w.write('\n');
                g.out.put(f, w);
            }
            g.writeAll();
            for (BufferedWriter w : g.out.values()) {
                w.close();
            }
            return g.rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeAll() throws IOException {
        for (int p = 0; p < persons; p++) {
            String id = pseudonyms[p];
            int birthYear = 1995 + random.nextInt(18);
            row(SourceFile.PERSONEN, id, birthYear + "-" + two(1 + random.nextInt(12)), pick(Geslacht.values()),
                    pick(Herkomst.values()), "WK0363" + two(random.nextInt(100)));
            String brin = brin();
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                String end = y == YEARS - 1 && random.nextInt(3) > 0 ? "" : date(year + 1, 7, 31);
                row(SourceFile.INSCHRIJVINGEN, maybeUnknown(id), random.nextInt(10) == 0 ? brin() : brin,
                        pick(Onderwijssoort.values()), String.valueOf(1 + random.nextInt(6)), date(year, 8, 1), end);
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                row(SourceFile.DIPLOMAS, maybeUnknown(id), dayIn(), pick(Diplomasoort.values()));
            }
            for (int i = random.nextInt(43); i > 0; i--) {
                row(SourceFile.VERZUIM, maybeUnknown(id), dayIn(), pick(Verzuimsoort.values()),
                        random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(80)));
            }
            spells(SourceFile.UITKERINGEN, id, 3, Regeling.values());
            spells(SourceFile.JEUGDHULP, id, 5, Jeugdhulpsoort.values());
            spells(SourceFile.SCHULDHULP, id, 10, null);
            if (random.nextInt(2) == 0) {
                row(SourceFile.VERHUIZINGEN, maybeUnknown(id), dayIn(), pick(Verhuissoort.values()));
            }
        }
    }

    private void spells(SourceFile f, String id, int oneIn, Code[] kinds) throws IOException {
        if (random.nextInt(oneIn) != 0) {
            return;
        }
        int begin = (int) LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() + random.nextInt(YEARS * 365);
        String end = random.nextBoolean() ? "" : LocalDate.ofEpochDay(begin + random.nextInt(700)).toString();
        String registered = LocalDate.ofEpochDay(begin + random.nextInt(120) - 20).toString();
        String from = LocalDate.ofEpochDay(begin).toString();
        if (kinds == null) {
            row(f, maybeUnknown(id), from, end, registered);
        } else {
            row(f, maybeUnknown(id), pick(kinds), from, end, registered);
        }
    }

    private void row(SourceFile f, String... fields) throws IOException {
        BufferedWriter w = out.get(f);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(fields[i]);
        }
        w.write('\n');
        rows++;
    }

    private String maybeUnknown(String id) {
        return random.nextInt(100) == 0 ? pseudonym() : id;
    }

    private String pseudonym() {
        char[] c = new char[16];
        for (int i = 0; i < c.length; i++) {
            int v = random.nextInt(36);
            c[i] = (char) (v < 10 ? '0' + v : 'A' + v - 10);
        }
        return new String(c);
    }

    private String brin() {
        return String.valueOf(random.nextInt(10)) + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    private String dayIn() {
        return LocalDate.ofEpochDay(LocalDate.of(FIRST_YEAR, 8, 1).toEpochDay() + random.nextInt(YEARS * 365)).toString();
    }

    private static String date(int y, int m, int d) {
        return y + "-" + two(m) + "-" + two(d);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    private String pick(Code[] codes) {
        return codes[random.nextInt(codes.length)].code();
    }
}
