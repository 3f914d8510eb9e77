package org.clausewatch.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One HTTP route of ClauseWatch: method, path (Javalin syntax, {@code {name}} for a path parameter), handler, what
 * kind of resource it serves and a one-line summary. Every route lives in a {@link RouteGroup}, and the groups are
 * the one table of routes {@link WebServer} serves.
 */
public record Route(HandlerType method, String path, Kind kind, String summary, Handler handler) {
    /** What a route serves; the OpenAPI test checks every {@link #API} route against the published document. */
    public enum Kind {
        PAGE,
        API,
        FEED,
        OPERATIONS
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handler, "handler");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("route path must start with '/', not '" + path + "'");
        }
    }

    public static Route get(String path, Kind kind, String summary, Handler handler) {
        return new Route(HandlerType.GET, path, kind, summary, handler);
    }

    public static Route post(String path, Kind kind, String summary, Handler handler) {
        return new Route(HandlerType.POST, path, kind, summary, handler);
    }

    public static Route put(String path, Kind kind, String summary, Handler handler) {
        return new Route(HandlerType.PUT, path, kind, summary, handler);
    }

    public static Route delete(String path, Kind kind, String summary, Handler handler) {
        return new Route(HandlerType.DELETE, path, kind, summary, handler);
    }
}
