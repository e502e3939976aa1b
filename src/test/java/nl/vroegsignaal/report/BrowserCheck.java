package nl.vroegsignaal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a local HTML file in headless Chromium through the DevTools protocol and records what a person's
 * browser would do with it: console errors, uncaught exceptions, every network request, and a screenshot at
 * A4 width. Test scope only. Chromium comes from Debian's package (.ci/run installs it); outside CI a machine
 * without it skips these tests, in CI a missing browser fails them.
 */
public final class BrowserCheck implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A4 at 96 dpi. */
    private static final int A4_WIDTH = 794;
    private static final int A4_HEIGHT = 1123;

    /** What the page did while loading. */
    public record PageLoad(List<String> consoleErrors, List<String> requests) {
    }

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private String session;

    private BrowserCheck(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts headless Chromium, or skips the calling test where no browser is installed outside CI. */
    public static BrowserCheck start() throws IOException, InterruptedException {
        Path chromium = chromium(List.of(Paths.get("/usr/bin/chromium"), Paths.get("/usr/bin/chromium-browser")),
                System.getenv("CI") != null, System.err);
        Path profile = Files.createTempDirectory("vroegsignaal-chromium");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        URI ws = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(ws, listener).join();
        BrowserCheck check = new BrowserCheck(p, profile, socket);
        listener.owner = check;
        check.openPage();
        return check;
    }

    static final String SKIPPED = "BROWSER TESTS SKIPPED: Chromium is not installed, so the HTML reports were not "
            + "opened in a browser (install it with: apt-get install chromium)";
    private static boolean told;

    /**
     * The first executable candidate. Without one: in CI a failure; elsewhere the calling test is skipped, and
     * the console says so plainly once (a skip alone is easy to miss among hundreds of passing tests).
     */
    static Path chromium(List<Path> candidates, boolean ci, java.io.PrintStream console) {
        Path found = candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (found != null) {
            return found;
        }
        if (ci) {
            throw new IllegalStateException("Chromium is not installed; .ci/run should install it");
        }
        synchronized (BrowserCheck.class) {
            if (!told) {
                console.println(SKIPPED);
                told = true;
            }
        }
        Assumptions.abort(SKIPPED);
        return null;
    }

    /** For the test of the message: lets it be printed again. */
    static synchronized void forgetTold() {
        told = false;
    }

    private void openPage() {
        String target = browserCall("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        session = browserCall("Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        for (String domain : List.of("Network", "Runtime", "Log", "Page")) {
            call(domain + ".enable", Map.of());
        }
        call("Emulation.setDeviceMetricsOverride",
                Map.of("width", A4_WIDTH, "height", A4_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Loads the file, waits for the load event and a short settle time, and reports what happened. */
    public PageLoad load(Path html) throws InterruptedException {
        events.clear();
        String url = html.toAbsolutePath().toUri().toString();
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events.stream().noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("page did not finish loading: " + url);
            }
            Thread.sleep(20);
        }
        Thread.sleep(300);
        List<String> errors = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode params = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + params.path("args").toString());
                    }
                }
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails").toString());
                case "Log.entryAdded" -> {
                    if (params.path("entry").path("level").asText().equals("error")) {
                        errors.add("log: " + params.path("entry").path("text").asText());
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String req = params.path("request").path("url").asText();
                    if (!req.equals(url) && !req.startsWith("data:")) {
                        requests.add(req);
                    }
                }
                default -> {
                }
            }
        }
        return new PageLoad(errors, requests);
    }

    /** Evaluates a JavaScript expression in the page and returns its JSON value. */
    public JsonNode evaluate(String expression) {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        return r.path("result").path("value");
    }

    /** Writes a full-page PNG screenshot. */
    public void screenshot(Path png) throws IOException {
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(r.get("data").asText()));
    }

    /** Prints the page to an A4 PDF as a browser's print dialog would, and returns the page count. */
    public int printA4(Path pdf) throws IOException {
        JsonNode r = call("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode(r.get("data").asText());
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        Files.write(pdf, bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        return (int) java.util.regex.Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
    }

    private JsonNode browserCall(String method, Map<String, Object> params) {
        return send(method, params, null);
    }

    private JsonNode call(String method, Map<String, Object> params) {
        return send(method, params, session);
    }

    private JsonNode send(String method, Map<String, Object> params, String sessionId) {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(msg.toString(), true).join();
        try {
            JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        } catch (Exception e) {
            throw new IllegalStateException(method + " did not answer: " + e.getMessage(), e);
        }
    }

    private void receive(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
                if (f != null) {
                    f.complete(node);
                }
            } else {
                events.add(node);
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad DevTools message", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process is ended below either way
        }
        // Chromium's renderer and network processes outlive a signal to the browser process by a moment and
        // keep writing into the profile: stop the whole tree and wait for every process before deleting.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        deleteTree(profile);
    }

    /** Deletes the profile folder, tolerating files that disappear while it is walked. */
    private static void deleteTree(Path dir) throws IOException {
        for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.UncheckedIOException e) {
                if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
                    throw e;
                }
            }
        }
    }

    /** Reassembles fragmented text frames and hands whole messages to the check. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private BrowserCheck owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String msg = buffer.toString();
                buffer.setLength(0);
                while (owner == null) {
                    Thread.onSpinWait();
                }
                owner.receive(msg);
            }
            webSocket.request(1);
            return null;
        }
    }
}
