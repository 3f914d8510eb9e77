package org.clausewatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP site on loopback whose pages tests change between passes. Listens on every 127.x address. */
public final class LocalSite implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

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

    /** The page's address on loopback host {@code 127.0.0.<host>}; several hosts make per-host politeness observable. */
    public String url(String path, int host) {
        return "http://127.0.0." + host + ":" + server.getAddress().getPort() + path;
    }

    public String url(String path) {
        return url(path, 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
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
