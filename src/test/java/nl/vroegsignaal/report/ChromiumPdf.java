package nl.vroegsignaal.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Prints an HTML file to PDF as a case worker's browser does (headless Chromium, {@code --print-to-pdf}, no
 * browser header or footer: everything on the page comes from the page's own CSS), and reads the PDF back per
 * page with poppler's {@code pdftotext}, and its fonts with {@code pdffonts}.
 */
final class ChromiumPdf {
    private static final long TIMEOUT_SECONDS = 120;

    private ChromiumPdf() {
    }

    /** The printed PDF's text, one string per page. */
    record Printed(Path pdf, List<String> pages, String fonts) {
    }

    static Printed print(Path html, Path pdf) throws IOException, InterruptedException {
        Path chromium = tool("/usr/bin/chromium", "/usr/bin/chromium-browser");
        Path pdftotext = tool("/usr/bin/pdftotext");
        Path profile = Files.createTempDirectory("vroegsignaal-pdf");
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        run(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-extensions",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(),
                html.toUri().toString()), profile.resolve("chromium.log"));
        if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new IllegalStateException("Chromium wrote no PDF: " + Files.readString(profile.resolve("chromium.log")));
        }
        String info = capture(List.of("/usr/bin/pdfinfo", pdf.toString()), profile);
        Matcher m = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("pdfinfo gave no page count: " + info);
        }
        int n = Integer.parseInt(m.group(1));
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            pages.add(capture(List.of(pdftotext.toString(), "-layout", "-f", Integer.toString(i), "-l",
                    Integer.toString(i), pdf.toString(), "-"), profile));
        }
        String fonts = capture(List.of("/usr/bin/pdffonts", pdf.toString()), profile);
        deleteTree(profile);
        return new Printed(pdf, List.copyOf(pages), fonts);
    }

    private static Path tool(String... candidates) {
        Path found = Stream.of(candidates).map(Paths::get).filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(candidates[0] + " is not installed; .ci/run should install it");
            }
            Assumptions.abort(candidates[0] + " is not installed (apt-get install chromium poppler-utils)");
        }
        return found;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        // Chromium may leave helper processes behind for a moment; wait for them before the profile goes
        for (ProcessHandle h : p.descendants().toList()) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
    }

    private static String capture(List<String> command, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        run(command, out);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
