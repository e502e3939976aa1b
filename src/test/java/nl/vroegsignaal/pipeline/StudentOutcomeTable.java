package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A student-outcome table shaped like a real export from a student information system: UTF-8 with a byte order
 * mark, ';' as separator and a decimal comma, integer codes for gender (1 man, 2 vrouw, 3 anders, few), an age
 * column, numeric and categorical features and the outcome. Dropout follows the features, plus a direct effect
 * of gender code 2 that no feature carries: a model that cannot see gender underestimates that group's risk, a
 * known gap the audit must find.
 */
final class StudentOutcomeTable {
    static final String HEADER = "studentnummer;gender;leeftijd;opleiding;gemiddeld_cijfer;verzuim_uren;"
            + "studiepunten;uitval";

    private StudentOutcomeTable() {
    }

    /**
     * @param gapGender2 extra log-odds of dropping out for gender code 2 (0: no gap)
     */
    static Path write(Path file, int rows, double gapGender2, long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] opleidingen = {"MBO2", "MBO3", "MBO4", "HAVO"};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER + "\r\n");
            for (int i = 0; i < rows; i++) {
                double u = rnd.nextDouble();
                int gender = u < 0.52 ? 1 : u < 0.97 ? 2 : 3;
                int leeftijd = 16 + (int) Math.min(5, Math.abs(rnd.nextGaussian() * 1.6));
                int opleiding = rnd.nextInt(opleidingen.length);
                double cijfer = Math.max(1, Math.min(10, 6.4 + rnd.nextGaussian()));
                int verzuim = (int) Math.round(Math.max(0, 12 + 10 * rnd.nextGaussian()));
                int punten = 20 + rnd.nextInt(41);
                double z = -1.6 - 0.9 * (cijfer - 6.4) + 0.06 * (verzuim - 12) - 0.03 * (punten - 40)
                        + 0.25 * (opleiding == 0 ? 1 : 0) + 0.15 * (leeftijd - 17)
                        + (gender == 2 ? gapGender2 : 0);
                boolean uitval = rnd.nextDouble() < 1 / (1 + Math.exp(-z));
                w.write(String.format(Locale.ROOT, "S%06d;%d;%d;%s;%s;%d;%d;%s\r\n", 100_000 + i, gender, leeftijd,
                        opleidingen[opleiding], String.format(Locale.ROOT, "%.1f", cijfer).replace('.', ','),
                        verzuim, punten, uitval ? "ja" : "nee"));
            }
        }
        return file;
    }
}
