package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.OPERATIONS;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausewatch.account.Role;
import org.clausewatch.browse.Catalogue;

/** Health for load balancers and metrics for Prometheus, to whom {@link MetricsAccess} lets read them. */
final class OperationsRoutes implements RouteGroup {
    private final Catalogue catalogue;
    private final Metrics metrics;
    private final Supplier<MetricsAccess> access;
    private final Optional<ApiAuth> auth;

    OperationsRoutes(Catalogue catalogue, Metrics metrics, Supplier<MetricsAccess> access, Optional<ApiAuth> auth) {
        this.catalogue = catalogue;
        this.metrics = metrics;
        this.access = access;
        this.auth = auth;
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

    private void metrics(Context ctx) throws Exception {
        switch (access.get()) {
            case OPEN -> scrape(ctx);
            case ADMIN -> forAdmins(ctx);
            case OFF -> {
                ctx.attribute(Errors.HANDLED, true); // the problem below is the answer, not the site's 404 page
                Problems.answer(
                        ctx, 404, "not-found", "Not found", "metrics are off on this server (setting 'metrics')");
            }
        }
    }

    private void forAdmins(Context ctx) throws Exception {
        if (auth.isEmpty()) {
            Problems.answer(ctx, 403, "forbidden", "Metrics are for admins", "this server has no accounts to check");
            return;
        }
        auth.orElseThrow().require(Role.ADMIN, (c, admin) -> scrape(c)).handle(ctx);
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
