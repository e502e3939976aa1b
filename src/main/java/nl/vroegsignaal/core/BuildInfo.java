package nl.vroegsignaal.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The version of this build, read from the jar manifest (or "dev" when run from classes), and the git commit the
 * build saw: written into the classes by Maven ({@code build-commit} profile in pom.xml) when the build ran in a
 * git checkout, never looked up in the folder a command runs in.
 */
public final class BuildInfo {
    static final String COMMIT_RESOURCE = "/nl/vroegsignaal/build-commit.txt";

    private BuildInfo() {
    }

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** The 40-hex commit the build was made from, or "unknown" (built from a source tarball, or without git). */
    public static String commit() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(COMMIT_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            String text = new String(in.readNBytes(200), StandardCharsets.UTF_8).trim();
            return text.matches("[0-9a-f]{40}") ? text : "unknown";
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + COMMIT_RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
