package org.clausewatch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.TrackingStatus;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP service: health, tracking status as JSON and a plain status page. All routes are in {@link #routes}. */
public final class WebServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Store store;
    private final Javalin app;

    public WebServer(Store store) {
        this(store, List.of());
    }

    /** The server with further route sets (accounts, subscriptions) kept in files of their own. */
    public WebServer(Store store, List<RouteSet> more) {
        this.store = store;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", this::health);
            config.routes.get("/api/v1/status", this::status);
            config.routes.get("/", this::home);
            more.forEach(routes -> routes.register(config.routes));
        });
    }

    /** Starts listening; port 0 picks a free port. */
    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    private void health(Context ctx) {
        store.documents();
        json(ctx, Map.of("status", "ok"));
    }

    private void status(Context ctx) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentRow document : store.documents()) {
            documents.add(StatusJson.of(document, store.status(document.id())));
        }
        json(ctx, Map.of("documents", documents));
    }

    private void home(Context ctx) {
        StringBuilder rows = new StringBuilder();
        for (DocumentRow document : store.documents()) {
            TrackingStatus status = store.status(document.id());
            rows.append(StatusPage.row(document, status));
        }
        ctx.contentType("text/html; charset=utf-8")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .result(StatusPage.page(rows.toString()));
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(JSON.writeValueAsString(value));
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The JSON form of a document's tracking status. */
    static final class StatusJson {
        private StatusJson() {}

        static Map<String, Object> of(DocumentRow document, TrackingStatus status) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("service", document.service());
            node.put("termsType", document.termsType());
            node.put(
                    "lastSuccessAt",
                    status.lastSuccessAt().map(Object::toString).orElse(null));
            status.currentFailure()
                    .ifPresent(f -> node.put(
                            "failure",
                            Map.of(
                                    "class",
                                    f.failureClass().label(),
                                    "message",
                                    f.message(),
                                    "since",
                                    f.since().toString())));
            return node;
        }
    }
}
