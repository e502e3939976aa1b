package nl.vroegsignaal.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Identifies the code that runs, for the reuse keys of {@code run} and the provenance of a model: the version plus
 * the sha256 of the jar the
 * classes come from, or, when run from a classes folder (tests, IDE, notebooks on target/classes), of every file
 * in it plus the names of the jars on the class path (which carry their versions). This is stricter than a git
 * commit (a dirty checkout or a rebuilt jar gets its own identity) and works where there is no git at all.
 * When the code cannot be located, there is no identity and nothing is reused.
 */
public final class CodeVersion {
    private static volatile Optional<String> cached;

    private CodeVersion() {
    }

    public static Optional<String> fingerprint() {
        Optional<String> f = cached;
        if (f == null) {
            f = compute();
            cached = f;
        }
        return f;
    }

    private static Optional<String> compute() {
        CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String version = BuildInfo.version();
        if (Files.isRegularFile(location)) {
            return Optional.of(version + " jar sha256 " + Hashing.sha256(location));
        }
        if (Files.isDirectory(location)) {
            return Optional.of(version + " classes sha256 " + hashFolder(location));
        }
        return Optional.empty();
    }

    private static String hashFolder(Path root) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(root.relativize(p).toString().replace('\\', '/')).append(' ')
                        .append(Hashing.sha256(p)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the classes folder " + root + ": " + e.getMessage(), e);
        }
        List<String> jars = Arrays.stream(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                .filter(s -> s.endsWith(".jar")).map(s -> Path.of(s).getFileName().toString()).sorted().toList();
        jars.forEach(j -> all.append("jar ").append(j).append('\n'));
        return Hashing.sha256(all.toString());
    }
}
