package nl.vroegsignaal.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.AtomicOutput;
import nl.vroegsignaal.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a synthetic municipality: the eight contract files and truth/waarheid.csv (the true probability per
 * person and peildatum, never read by the pipeline), plus truth/generator.json recording what produced them.
 * Persons are simulated in blocks on worker threads and written in index order as they complete, so memory
 * stays flat at any scale and the output does not depend on the number of threads.
 */
public final class SampleGenerator {
    /** The truth file, relative to the output folder. */
    public static final String TRUTH_FILE = "truth/waarheid.csv";
    /** The provenance record, relative to the output folder. */
    public static final String PROVENANCE_FILE = "truth/generator.json";
    /** Version of the world model; bump when the generated data change for the same options. */
    public static final String WORLD_MODEL = "vroegsignaal-world/1";

    private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);
    private static final int BLOCK = 1_000;

    private SampleGenerator() {
    }

    public static SampleResult generate(SampleOptions options, Path outputDir) {
        long started = System.nanoTime();
        World world = new World(options.seed(), options.persons());
        PseudonymCodec codec = new PseudonymCodec(options.seed());
        String[] names = fileNames();
        Path[] targets = new Path[RowWriter.FILES];
        for (int f = 0; f < targets.length; f++) {
            targets[f] = outputDir.resolve(names[f]);
        }
        long[] rows = new long[RowWriter.FILES];
        MessageDigest[] digests = new MessageDigest[RowWriter.FILES];
        for (int f = 0; f < digests.length; f++) {
            digests[f] = sha256();
        }
        OutputStream[] streams = new OutputStream[RowWriter.FILES];
        nested(targets, streams, 0, () -> writeAll(options, world, codec, streams, digests, rows));

        Map<SourceFile, Long> perFile = new EnumMap<>(SourceFile.class);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (SourceFile f : SourceFile.values()) {
            perFile.put(f, rows[f.ordinal()]);
        }
        for (int f = 0; f < names.length; f++) {
            hashes.put(names[f], HexFormat.of().formatHex(digests[f].digest()));
        }
        SampleResult result = new SampleResult(outputDir, options, perFile, rows[RowWriter.TRUTH], hashes);
        AtomicOutput.writeString(outputDir.resolve(PROVENANCE_FILE), AtomicOutput.Visibility.AGGREGATE,
                Provenance.json(result));
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info("sample: {} persons, {} rows in {} s ({})", options.persons(), result.totalRows(),
                String.format(java.util.Locale.ROOT, "%.1f", seconds), summary(result));
        return result;
    }

    /** File names in sink order: the contract files, then the truth file. */
    static String[] fileNames() {
        String[] names = new String[RowWriter.FILES];
        for (SourceFile f : SourceFile.values()) {
            names[f.ordinal()] = f.fileName();
        }
        names[RowWriter.TRUTH] = TRUTH_FILE;
        return names;
    }

    private static String summary(SampleResult r) {
        StringBuilder sb = new StringBuilder();
        for (SourceFile f : SourceFile.values()) {
            sb.append(f.fileName()).append('=').append(r.rows().get(f)).append(' ');
        }
        return sb.append("truth=").append(r.truthRows()).toString();
    }

    /** Opens every target with AtomicOutput (each complete or absent), then runs the body with all streams. */
    private static void nested(Path[] targets, OutputStream[] streams, int i, Runnable body) {
        if (i == targets.length) {
            body.run();
            return;
        }
        AtomicOutput.writeBytes(targets[i], AtomicOutput.Visibility.PERSON_LEVEL, os -> {
            streams[i] = os;
            nested(targets, streams, i + 1, body);
        });
    }

    private static void writeAll(SampleOptions options, World world, PseudonymCodec codec, OutputStream[] streams,
                                 MessageDigest[] digests, long[] rows) {
        int persons = options.persons();
        int blocks = (persons + BLOCK - 1) / BLOCK;
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "sample-worker");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<PersonSimulator> simulators = ThreadLocal.withInitial(() -> new PersonSimulator(
                options.seed(), world, options.directEffectHerkomst(), options.proxyLeak(),
                options.registrationBias(), options.noiseSource(), options.drift(), options.treatment()));
        ThreadLocal<RowWriter> writers = ThreadLocal.withInitial(() -> new RowWriter(world, codec));
        ArrayDeque<Future<ByteSink[]>> inFlight = new ArrayDeque<>();
        int ahead = options.threads() * 4;
        try (Progress progress = Progress.start("sample", persons, "persons")) {
            header(streams, digests);
            int submitted = 0;
            for (int b = 0; b < blocks; b++) {
                while (submitted < blocks && submitted < b + ahead) {
                    long from = (long) submitted * BLOCK;
                    long to = Math.min(persons, from + BLOCK);
                    inFlight.add(pool.submit(() -> block(simulators.get(), writers.get(), from, to)));
                    submitted++;
                }
                ByteSink[] sinks = inFlight.remove().get();
                for (int f = 0; f < sinks.length; f++) {
                    sinks[f].writeTo(streams[f]);
                    sinks[f].digestInto(digests[f]);
                    rows[f] += sinks[f].rows();
                }
                progress.stepBy(Math.min(BLOCK, persons - (long) b * BLOCK));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sample generation was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("sample generation failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ByteSink[] block(PersonSimulator sim, RowWriter writer, long from, long to) {
        ByteSink[] sinks = new ByteSink[RowWriter.FILES];
        for (int f = 0; f < sinks.length; f++) {
            sinks[f] = new ByteSink();
        }
        for (long i = from; i < to; i++) {
            sim.simulate(i);
            writer.write(sim.person, sim.records, sinks);
        }
        return sinks;
    }

    private static void header(OutputStream[] streams, MessageDigest[] digests) throws IOException {
        for (int f = 0; f < streams.length; f++) {
            String h = (f == RowWriter.TRUTH ? RowWriter.TRUTH_HEADER : SourceFile.values()[f].header()) + "\n";
            byte[] b = h.getBytes(StandardCharsets.UTF_8);
            streams[f].write(b);
            digests[f].update(b);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
