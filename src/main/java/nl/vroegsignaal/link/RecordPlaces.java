package nl.vroegsignaal.link;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.vroegsignaal.contract.SourceFile;

/**
 * The earliest and the latest knowledge date of each event file, with their place (see
 * {@link nl.vroegsignaal.features.Timeline} for which column is a file's knowledge date). Empty for data
 * built in memory.
 */
public record RecordPlaces(Map<SourceFile, DatedPlace> earliestPerFile, Map<SourceFile, DatedPlace> latestPerFile) {
    public static final RecordPlaces NONE = new RecordPlaces(Map.of(), Map.of());

    public RecordPlaces {
        earliestPerFile = Map.copyOf(earliestPerFile);
        latestPerFile = Map.copyOf(latestPerFile);
    }

    /** The latest knowledge date of all files (the first file in contract order on a tie). */
    public Optional<DatedPlace> latest() {
        return inOrder(latestPerFile, SourceFile.values()).max(Comparator.comparingInt(DatedPlace::day));
    }

    /** The earliest knowledge date of the given files (the first file in contract order on a tie). */
    public Optional<DatedPlace> earliest(SourceFile... files) {
        return inOrder(earliestPerFile, files).min(Comparator.comparingInt(DatedPlace::day));
    }

    private static Stream<DatedPlace> inOrder(Map<SourceFile, DatedPlace> places, SourceFile... files) {
        Map<SourceFile, DatedPlace> sorted = new EnumMap<>(SourceFile.class);
        for (SourceFile f : files) {
            if (places.containsKey(f)) {
                sorted.put(f, places.get(f));
            }
        }
        return sorted.values().stream();
    }
}
