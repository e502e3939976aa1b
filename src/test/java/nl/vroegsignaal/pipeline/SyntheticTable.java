package nl.vroegsignaal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a flat table with a known signal, in the shape a data scientist's export has (';' separator, CRLF,
 * a BOM, padded header names), optionally with a protected column that is strongly linked to the label.
 */
final class SyntheticTable {
    private SyntheticTable() {
    }

    /**
     * @param years        one period per year from 2018; 0 for no time column
     * @param withGeslacht add a column {@code geslacht} that is 'M' for 90% of VSV cases and 30% of the rest
     */
    static Path write(Path file, int years, int rowsPerYear, boolean withGeslacht, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append(years > 0 ? " jaar ;" : "").append(" verzuim ; uitkering ;onderwijssoort; ruis ;uitval")
                .append(withGeslacht ? ";geslacht" : "").append("\r\n");
        int periods = Math.max(1, years);
        String[] soorten = {"VMBO-BB", "HAVO", "MBO-1", "MBO-2"};
        double[] effect = {0.2, -0.8, 0.9, 0.5};
        for (int y = 0; y < periods; y++) {
            for (int i = 0; i < rowsPerYear; i++) {
                int verzuim = rng.nextInt(6);
                int uitkering = rng.nextDouble() < 0.2 ? 1 : 0;
                int soort = rng.nextInt(soorten.length);
                double ruis = rng.nextGaussian();
                double z = -3.2 + 0.45 * verzuim + 0.7 * uitkering + effect[soort];
                boolean vsv = rng.nextDouble() < 1 / (1 + Math.exp(-z));
                String geslacht = rng.nextDouble() < (vsv ? 0.9 : 0.3) ? "M" : "V";
                if (years > 0) {
                    sb.append(2018 + y).append(';');
                }
                sb.append(verzuim).append(';').append(uitkering).append(';').append(soorten[soort]).append(';')
                        .append(String.format("%.3f", ruis).replace('.', ',')).append(';')
                        .append(vsv ? "uitval" : rng.nextBoolean() ? "diploma" : "doorstroom");
                if (withGeslacht) {
                    sb.append(';').append(geslacht);
                }
                sb.append("\r\n");
            }
        }
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A configuration with a small grid, so that tests train in seconds. */
    static Path smallConfig(Path file) {
        try {
            Files.writeString(file, """
                    seed: 7
                    train:
                      logistic:
                        cost: [1.0]
                      xgboost:
                        trees: [40]
                        maxDepth: [3]
                    evaluate:
                      bootstrapResamples: 50
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
