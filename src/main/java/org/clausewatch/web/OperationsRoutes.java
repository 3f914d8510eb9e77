package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.OPERATIONS;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.clausewatch.browse.Catalogue;

/** Health for load balancers and metrics for Prometheus. */
final class OperationsRoutes implements RouteGroup {
    private final Catalogue catalogue;
    private final Metrics metrics;

    OperationsRoutes(Catalogue catalogue, Metrics metrics) {
        this.catalogue = catalogue;
        this.metrics = metrics;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/health", OPERATIONS, "Answers when the database answers", this::health),
                Route.get("/metrics", OPERATIONS, "Request metrics, Prometheus text format", this::metrics));
    }

    private void health(Context ctx) {
        catalogue.documents();
        Json.respond(ctx, Map.of("status", "ok"));
    }

    private void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
