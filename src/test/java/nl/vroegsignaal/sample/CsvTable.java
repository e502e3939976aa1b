package nl.vroegsignaal.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A deliberately plain reader for the generated CSV files (test code, independent of the generator): splits on
 * commas and refuses quotes, since no generated value needs quoting.
 */
record CsvTable(List<String> header, List<String[]> rows) {

    static CsvTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.indexOf('"') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalStateException(file + " holds quotes or CR characters");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[lines.length - 1].isEmpty()) {
            throw new IllegalStateException(file + " does not end with a newline");
        }
        List<String> header = List.of(lines[0].split(",", -1));
        List<String[]> rows = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length - 1; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + " has " + cells.length + " cells: "
                        + Arrays.toString(cells));
            }
            rows.add(cells);
        }
        return new CsvTable(header, rows);
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + header);
        }
        return i;
    }
}
