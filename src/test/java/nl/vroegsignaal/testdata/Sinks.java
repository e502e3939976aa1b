package nl.vroegsignaal.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.LinkedDataBuilder;

/** Row sinks for {@link SyntheticWorld} at benchmark scale, where holding every row as strings costs too much. */
public final class Sinks {
    private Sinks() {
    }

    /** Feeds rows straight into a {@link LinkedDataBuilder}. */
    public static final class Builder implements SyntheticWorld.RowSink {
        private final LinkedDataBuilder builder = new LinkedDataBuilder();

        @Override
        public void row(SourceFile file, String... values) {
            ContractRecords.addTo(builder, file, List.of(values));
        }

        public LinkedData build() {
            return builder.build(Map.of());
        }
    }

    /** Streams rows into the eight contract files of a folder. */
    public static final class CsvFolder implements SyntheticWorld.RowSink, AutoCloseable {
        private final Map<SourceFile, BufferedWriter> out = new EnumMap<>(SourceFile.class);

        public CsvFolder(Path dir) {
            try {
                Files.createDirectories(dir);
                for (SourceFile f : SourceFile.values()) {
                    BufferedWriter w = Files.newBufferedWriter(dir.resolve(f.fileName()), StandardCharsets.UTF_8);
                    w.write(f.header());
                    w.write('\n');
                    out.put(f, w);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(SourceFile file, String... values) {
            try {
                BufferedWriter w = out.get(file);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(ContractRecords.quote(values[i]));
                }
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            for (BufferedWriter w : out.values()) {
                w.close();
            }
        }
    }

    /** Sends every row to two sinks. */
    public static SyntheticWorld.RowSink both(SyntheticWorld.RowSink a, SyntheticWorld.RowSink b) {
        return (file, values) -> {
            a.row(file, values);
            b.row(file, values);
        };
    }
}
