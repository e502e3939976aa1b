package nl.vroegsignaal.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the eight contract files of one input folder, validates every row, and links them on pseudonym. A
 * social-domain source may be left out ({@link LinkOptions#optional}, {@link LinkOptions#notRead}); the result
 * then names it ({@link LinkedData#missingSources}).
 *
 * <p>personen.csv is read first; the seven event files are then parsed in parallel (each into its own
 * columns) and added to the {@link LinkedDataBuilder} in contract order, so the result is the same for any
 * number of threads. Errors of all files are collected, up to a limit per file, and thrown together. The
 * rules and the choices made where the contract is silent are listed in src/site/input-validation.md.
 */
public final class Linker {
    private static final Logger LOG = LoggerFactory.getLogger(Linker.class);

    private Linker() {
    }

    /**
     * @throws InputException listing every violation found (up to a limit per file)
     */
    public static LinkedData read(Path inputDir) {
        return read(inputDir, LinkOptions.defaults());
    }

    /**
     * @throws InputException listing every violation found (up to {@code options.maxErrorsPerFile()} per file)
     */
    public static LinkedData read(Path inputDir, LinkOptions options) {
        if (!Files.isDirectory(inputDir)) {
            throw new InputException(new InputError(inputDir.toString(), 0, null,
                    Files.exists(inputDir) ? "is not a folder: expected the input folder" : "input folder not found"));
        }
        int maxErrors = options.maxErrorsPerFile();
        PersonRows persons = new PersonRows();
        FileReport personReport = logged(SourceReader.read(inputDir, SourceFile.PERSONEN, persons, maxErrors), 0);

        List<EventRows> all = List.of(
                new EnrolmentRows(persons.index()),
                DatedCodeRows.diplomas(persons.index()),
                new AbsenceRows(persons.index()),
                SpellRows.benefits(persons.index()),
                SpellRows.youthCare(persons.index()),
                SpellRows.debtSupport(persons.index()),
                DatedCodeRows.moves(persons.index()));
        List<EventRows> events = new ArrayList<>();
        Set<SourceFile> missing = EnumSet.noneOf(SourceFile.class);
        for (EventRows e : all) {
            if (leftOut(inputDir, e.source(), options)) {
                missing.add(e.source());
            } else {
                events.add(e);
            }
        }
        List<FileReport> reports = new ArrayList<>();
        reports.add(personReport);
        reports.addAll(readEvents(inputDir, events, options));

        List<InputError> errors = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (FileReport r : reports) {
            errors.addAll(r.errors());
            if (r.sha256() != null) {
                hashes.put(r.source().fileName(), r.sha256());
            }
        }
        if (!errors.isEmpty()) {
            LOG.info("input refused: {} error line(s)", errors.size());
            throw new InputException(errors);
        }
        return link(persons, events, hashes, missing);
    }

    /**
     * Whether a source is left out: one the options say not to read, or an optional one of which nothing is in
     * the folder (not even a broken link: that is refused as always). Logged, since every report says it too.
     */
    private static boolean leftOut(Path dir, SourceFile source, LinkOptions options) {
        if (options.notRead().contains(source)) {
            LOG.info("{}: not read: the model was trained without it", source.fileName());
            return true;
        }
        if (options.optional().contains(source)
                && !Files.exists(dir.resolve(source.fileName()), LinkOption.NOFOLLOW_LINKS)) {
            LOG.warn("{}: absent, which link.optionalSources allows: its features are left out", source.fileName());
            return true;
        }
        return false;
    }

    /**
     * Adds everything to the builder in contract order. Each file's columns are dropped from the (mutable) list
     * once added, so that at nation scale they can be collected before the builder sorts.
     */
    private static LinkedData link(PersonRows persons, List<EventRows> events, Map<String, String> hashes,
                                   Set<SourceFile> missing) {
        Map<SourceFile, DatedPlace> earliest = new EnumMap<>(SourceFile.class);
        Map<SourceFile, DatedPlace> latest = new EnumMap<>(SourceFile.class);
        for (EventRows e : events) {
            if (e.earliest() != null) {
                earliest.put(e.source(), e.earliest());
                latest.put(e.source(), e.latest());
            }
        }
        LinkedDataBuilder builder = new LinkedDataBuilder();
        persons.addTo(builder);
        for (int i = 0; i < events.size(); i++) {
            events.get(i).addTo(builder);
            events.set(i, null);
        }
        LinkedData data = builder.build(hashes, new RecordPlaces(earliest, latest), missing);
        LOG.debug("linked {} persons", data.persons().size());
        return data;
    }

    private static List<FileReport> readEvents(Path dir, List<EventRows> events, LinkOptions options) {
        int maxErrors = options.maxErrorsPerFile();
        if (options.threads() == 1) {
            List<FileReport> out = new ArrayList<>();
            for (EventRows e : events) {
                out.add(logged(SourceReader.read(dir, e.source(), e, maxErrors), e.unknown()));
            }
            return out;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "link-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            // Largest file first, so that it does not start last and hold up the end; the reports are then
            // taken in contract order, so the result does not depend on which thread finished first.
            List<EventRows> bySize = new ArrayList<>(events);
            bySize.sort(Comparator.comparingLong((EventRows e) -> size(dir.resolve(e.source().fileName()))).reversed());
            Map<SourceFile, Future<FileReport>> futures = new EnumMap<>(SourceFile.class);
            for (EventRows e : bySize) {
                futures.put(e.source(), pool.submit(() -> SourceReader.read(dir, e.source(), e, maxErrors)));
            }
            List<FileReport> out = new ArrayList<>();
            for (EventRows e : events) {
                out.add(logged(futures.get(e.source()).get(), e.unknown()));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading input files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("reading input files failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // missing or unreadable: the reader reports it
        }
    }

    private static FileReport logged(FileReport r, long unknown) {
        if (r.errors().isEmpty() && r.source() == SourceFile.PERSONEN) {
            LOG.info("{}: {} rows", r.source().fileName(), r.rows());
        } else if (r.errors().isEmpty()) {
            LOG.info("{}: {} rows, {} with a pseudonym not in personen.csv (left out)",
                    r.source().fileName(), r.rows(), unknown);
            new SourceCounts(r.rows(), r.rows() - unknown, unknown).warning(r.source().fileName())
                    .ifPresent(LOG::warn);
        } else {
            LOG.info("{}: {} rows, refused", r.source().fileName(), r.rows());
        }
        return r;
    }
}
