package nl.vroegsignaal.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * The generator's truth file ({@code truth/waarheid.csv}: pseudoniem, peildatum, kans), read only to put the
 * oracle beside the models in an evaluation of synthetic data. It never reaches training, scoring or signals.
 */
public final class TruthFile {
    /** Where the generator writes it, relative to the input folder. */
    public static final Path LOCATION = Path.of("truth", "waarheid.csv");
    private static final String HEADER = "pseudoniem,peildatum,kans";

    private TruthFile() {
    }

    /**
     * The true probability per row of the matrix, or empty when the folder has no truth file (real data) or
     * the file does not cover every row (then it belongs to other data, and no oracle is claimed).
     */
    public static Optional<double[]> alignedTo(Path inputDir, FeatureMatrix matrix) {
        Path file = inputDir.resolve(LOCATION);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Double> truth = read(file);
        double[] aligned = new double[matrix.rows()];
        for (int r = 0; r < matrix.rows(); r++) {
            Double p = truth.get(key(matrix.pseudonym()[r], matrix.peildatum()[r]));
            if (p == null) {
                return Optional.empty();
            }
            aligned[r] = p;
        }
        return Optional.of(aligned);
    }

    private static Map<String, Double> read(Path file) {
        String name = LOCATION.toString();
        Map<String, Double> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.equals(HEADER)) {
                throw new InputException(new InputError(name, 1, "", "expected the header " + HEADER));
            }
            long line = 1;
            for (String s = in.readLine(); s != null; s = in.readLine()) {
                line++;
                String[] f = s.split(",", -1);
                if (f.length != 3) {
                    throw new InputException(new InputError(name, line, "", "expected 3 fields, found " + f.length));
                }
                out.put(key(f[0], epochDay(name, line, f[1])), probability(name, line, f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static int epochDay(String name, long line, String s) {
        try {
            return (int) LocalDate.parse(s).toEpochDay();
        } catch (DateTimeParseException e) {
            throw new InputException(new InputError(name, line, "peildatum", "'" + s + "' is not a date yyyy-MM-dd"));
        }
    }

    private static double probability(String name, long line, String s) {
        try {
            double p = Double.parseDouble(s);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(new InputError(name, line, "kans", "expected a probability between 0 and 1"));
    }

    private static String key(String pseudonym, int epochDay) {
        return pseudonym + '@' + epochDay;
    }
}
