package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.Mementos;
import org.clausewatch.store.CaptureRow;

/**
 * Access to the archive by the web-archive standard, Memento (RFC 7089, pattern 2.1: the original, TimeGate and
 * mementos are distinct resources). Every tracked URL has a TimeGate and a TimeMap; the mementos are the sandboxed
 * raw captures, which {@link #describe} gives their {@code Memento-Datetime} and {@code Link} headers.
 */
final class MementoRoutes implements RouteGroup {
    private final Catalogue catalogue;

    MementoRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(MementoLinks.TIMEGATE + "<url>", PAGE, "Memento TimeGate of a tracked URL", this::timegate),
                new Route(
                        HandlerType.HEAD,
                        MementoLinks.TIMEGATE + "<url>",
                        PAGE,
                        "The same, headers only",
                        this::timegate),
                Route.get(MementoLinks.TIMEMAP + "<url>", PAGE, "Memento TimeMap of a tracked URL", this::timemap));
    }

    /**
     * Redirects to the memento closest to {@code Accept-Datetime}, or to the latest when the request has none, as
     * RFC 7089 section 4.1 asks.
     */
    private void timegate(Context ctx) {
        Mementos mementos = catalogue.mementos(original(ctx, MementoLinks.TIMEGATE));
        String accept = ctx.header("Accept-Datetime");
        Mementos.Memento chosen =
                accept == null ? mementos.last() : mementos.closest(MementoLinks.acceptDatetime(accept));
        ctx.header("Vary", "accept-datetime");
        ctx.header("Link", MementoLinks.header(mementos, mementos.indexOf(chosen.captureId()), false));
        ctx.redirect(MementoLinks.memento(chosen.captureId()), io.javalin.http.HttpStatus.FOUND);
    }

    private void timemap(Context ctx) {
        Mementos mementos = catalogue.mementos(original(ctx, MementoLinks.TIMEMAP));
        ctx.contentType(MementoLinks.LINK_FORMAT).result(MementoLinks.timeMap(mementos));
    }

    /** The headers that make a raw capture a memento of the URL it was tracked under. */
    static void describe(Context ctx, Catalogue catalogue, CaptureRow capture) {
        Mementos mementos = catalogue.mementos(capture.url());
        ctx.header("Memento-Datetime", MementoLinks.httpDate(capture.fetchedAt()));
        ctx.header("Link", MementoLinks.header(mementos, mementos.indexOf(capture.id()), true));
    }

    /**
     * The URL after the route's prefix, read from the raw request so that its own slashes, percent-escapes and query
     * survive. A URL sent percent-encoded as a whole ({@code https%3A%2F%2F…}) is decoded; a {@code scheme:/host}
     * whose double slash some client merged is mended.
     */
    static String original(Context ctx, String prefix) {
        String path = ctx.req().getRequestURI();
        String url = path.substring(Math.min(prefix.length(), path.length()));
        String query = ctx.req().getQueryString();
        if (query != null) {
            url = url + "?" + query;
        }
        if (url.toLowerCase(Locale.ROOT).matches("https?%3a.*")) {
            url = URLDecoder.decode(url, StandardCharsets.UTF_8);
        }
        return url.replaceFirst("^(https?):/(?!/)", "$1://");
    }
}
