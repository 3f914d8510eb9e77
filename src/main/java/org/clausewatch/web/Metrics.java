package org.clausewatch.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** Request timings per route, exposed in the Prometheus text format at {@code /metrics}. */
final class Metrics {
    private static final String STARTED = "clausewatch.request-started";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** Tagged by the route's path pattern, never the raw path, so that the number of series stays bounded. */
    void stop(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        String route =
                ctx.attribute(Errors.HANDLED) != null && ctx.status().getCode() == 404 ? "unmatched" : pattern(ctx);
        Timer.builder("clausewatch_http_requests")
                .description("HTTP requests served")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.status().getCode()))
                .register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** How often pages come from the page cache, and how much it holds. */
    void watch(PageCache cache) {
        FunctionCounter.builder("clausewatch_page_cache_hits", cache, PageCache::hits)
                .description("Pages served from the page cache")
                .register(registry);
        FunctionCounter.builder("clausewatch_page_cache_misses", cache, PageCache::misses)
                .description("Pages rendered because the page cache did not hold them")
                .register(registry);
        Gauge.builder("clausewatch_page_cache_bytes", cache, PageCache::bytes)
                .description("Bytes of rendered pages held by the page cache")
                .register(registry);
    }

    String scrape() {
        return registry.scrape();
    }

    private static String pattern(Context ctx) {
        try {
            return ctx.endpoints().lastHttpEndpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
