package org.clausewatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A real HTTP site on loopback whose pages tests change between passes. Listens on every 127.x address. */
public final class LocalSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mostInFlight = new ConcurrentHashMap<>();
    private volatile long latencyMillis;

    /** A page: status, content type and body; extra headers such as ETag. */
    public record Page(int status, String contentType, byte[] body, Map<String, String> headers) {
        public static Page html(String html) {
            return new Page(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        public static Page status(int status, String html) {
            return new Page(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    public LocalSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public void put(String path, Page page) {
        pages.put(path, page);
    }

    public void remove(String path) {
        pages.remove(path);
    }

    public int requests() {
        return requests.get();
    }

    /** How many requests asked for {@code path} (robots.txt included, under its own path). */
    public int requests(String path) {
        AtomicInteger count = byPath.get(path);
        return count == null ? 0 : count.get();
    }

    /** The paths asked for more than once. */
    public Map<String, Integer> repeatedPaths() {
        Map<String, Integer> repeated = new java.util.TreeMap<>();
        byPath.forEach((path, count) -> {
            if (count.get() > 1) {
                repeated.put(path, count.get());
            }
        });
        return repeated;
    }

    /** The most requests any one host (127.0.0.x) had under way at once. */
    public int mostInFlightPerHost() {
        return mostInFlight.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }

    /** Every answer is held back this long, so that requests overlap as they would with a distant server. */
    public void latency(java.time.Duration latency) {
        this.latencyMillis = latency.toMillis();
    }

    /** The page's address on loopback host {@code 127.0.0.<host>}; several hosts make per-host politeness observable. */
    public String url(String path, int host) {
        return "http://127.0.0." + host + ":" + server.getAddress().getPort() + path;
    }

    public String url(String path) {
        return url(path, 1);
    }

    /**
     * Serves {@code count} pages {@code /terms-0}, {@code /terms-1}, … ({@code page} gives the HTML of each), spread
     * round-robin over hosts {@code 127.0.0.1} … {@code 127.0.0.<hosts>}, and declares page {@code i} as the Terms of
     * Service of {@code Service<i>} (its {@code main} element) in the folder {@code declarations}, made if missing.
     */
    public Path declareServices(Path declarations, int count, int hosts, IntFunction<String> page) throws IOException {
        Files.createDirectories(declarations);
        for (int i = 0; i < count; i++) {
            String path = "/terms-" + i;
            put(path, Page.html(page.apply(i)));
            Files.writeString(
                    declarations.resolve("Service" + i + ".json"),
                    "{\"name\": \"Service" + i + "\", \"terms\": {\"Terms of Service\": {\"fetch\": \""
                            + url(path, 1 + i % hosts) + "\", \"select\": \"main\"}}}");
        }
        return declarations;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byPath.computeIfAbsent(exchange.getRequestURI().getPath(), key -> new AtomicInteger())
                .incrementAndGet();
        String host = exchange.getLocalAddress().getAddress().getHostAddress();
        int now = inFlight.computeIfAbsent(host, key -> new AtomicInteger()).incrementAndGet();
        mostInFlight.computeIfAbsent(host, key -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        try {
            pause();
            answer(exchange);
        } finally {
            inFlight.get(host).decrementAndGet();
        }
    }

    private void pause() {
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Page page = pages.get(exchange.getRequestURI().getPath());
            if (page == null) {
                page = Page.status(404, "<html><body><h1>Not found</h1></body></html>");
            }
            page.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            String etag = page.headers().get("ETag");
            List<String> ifNoneMatch = exchange.getRequestHeaders().getOrDefault("If-None-Match", List.of());
            if (etag != null && ifNoneMatch.contains(etag)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", page.contentType());
            exchange.sendResponseHeaders(page.status(), page.body().length == 0 ? -1 : page.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
