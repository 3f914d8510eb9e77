package org.clausewatch.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One headless Chromium for many pages, driven over its DevTools protocol on loopback: a page is loaded once in one tab,
 * then its DOM is read and screenshots are taken at any size, where a Chromium started per page ({@link
 * HeadlessChromium}) spends a browser start on each. The browser is Debian's, the same binary.
 */
public final class DevToolsChromium implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private String session = "";

    private DevToolsChromium(Process process, URI endpoint) throws IOException {
        this.process = process;
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(endpoint, new Frames())
                .join();
        String target = call("Target.createTarget", object().put("url", "about:blank"))
                .get("targetId")
                .asString();
        session = call("Target.attachToTarget", object().put("targetId", target).put("flatten", true))
                .get("sessionId")
                .asString();
        call("Page.enable", object());
    }

    /** Starts {@code binary} headless with its profile and log under {@code work}, and opens one tab. */
    public static DevToolsChromium start(Path binary, Path work) throws IOException, InterruptedException {
        Path profile = work.resolve("devtools-profile");
        Files.createDirectories(profile);
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--remote-debugging-address=127.0.0.1",
                        "--remote-debugging-port=0",
                        "--user-data-dir=" + profile,
                        "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("devtools-chromium.log").toFile())
                .start();
        try {
            return new DevToolsChromium(process, endpoint(profile.resolve("DevToolsActivePort"), process));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Chromium writes its port and browser path to this file once it listens. */
    private static URI endpoint(Path activePort, Process process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + " before it listened");
            }
            List<String> lines = Files.exists(activePort) ? Files.readAllLines(activePort) : List.of();
            if (lines.size() >= 2) {
                return URI.create(
                        "ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
            }
            Thread.sleep(50);
        }
        throw new IOException("Chromium did not write " + activePort + " within " + WAIT);
    }

    /** Loads {@code url} in the tab, with a {@code width} × {@code height} window, and waits for its load event. */
    public void load(String url, int width, int height) throws IOException, InterruptedException {
        size(width, height);
        events.clear();
        JsonNode navigated = call("Page.navigate", object().put("url", url));
        if (navigated.has("errorText")) {
            throw new IOException("Chromium could not load " + url + ": " + navigated.get("errorText"));
        }
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.path("method").asString("").equals("Page.loadEventFired")) {
                return;
            }
        }
        throw new IOException("Chromium did not finish loading " + url + " within " + WAIT);
    }

    /** The DOM of the loaded page, as {@code --dump-dom} prints it. */
    public String dom() throws IOException {
        return call(
                        "Runtime.evaluate",
                        object().put("expression", "document.documentElement.outerHTML")
                                .put("returnByValue", true))
                .get("result")
                .get("value")
                .asString();
    }

    /** A PNG of the loaded page at a {@code width} × {@code height} window, kept as a test artefact. */
    public void screenshot(Path file, int width, int height) throws IOException {
        size(width, height);
        String png = call("Page.captureScreenshot", object().put("format", "png"))
                .get("data")
                .asString();
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private void size(int width, int height) throws IOException {
        call(
                "Emulation.setDeviceMetricsOverride",
                object().put("width", width)
                        .put("height", height)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false));
    }

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Sends one command to the tab (or to the browser before a tab is attached) and waits for its answer. */
    private JsonNode call(String method, ObjectNode params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = object().put("id", id).put("method", method);
        message.set("params", params);
        if (!session.isEmpty()) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (reply.has("error")) {
                throw new IOException("Chromium refused " + method + ": " + reply.get("error"));
            }
            return reply.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for Chromium's answer to " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no answer from Chromium to " + method, e);
        } finally {
            answers.remove(id);
        }
    }

    /** Joins the frames of each message and hands it to the command that waits for it, or queues it as an event. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonNode node = JSON.readTree(message.toString());
                message.setLength(0);
                CompletableFuture<JsonNode> answer =
                        node.has("id") ? answers.get(node.get("id").asInt()) : null;
                if (answer != null) {
                    answer.complete(node);
                } else {
                    events.add(node);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            session = "";
            call("Browser.close", object());
        } catch (IOException e) {
            // the browser may close the socket before it answers; it is stopped below either way
        } finally {
            socket.abort();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
