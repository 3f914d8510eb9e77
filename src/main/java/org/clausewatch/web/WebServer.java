package org.clausewatch.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.clausewatch.account.Accounts;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.NotFound;
import org.clausewatch.common.TrackingPlan;
import org.clausewatch.report.Reports;
import org.clausewatch.store.StoreBusyException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP service: web pages, the JSON API, Atom feeds, health and metrics. All routes are in one table, the
 * concatenation of the {@link RouteGroup}s given to the constructor; {@link #routes} lists it.
 */
public final class WebServer implements AutoCloseable {
    /**
     * Requests handled at once; the rest wait in the server's queue. Matched to {@code Database.SQLITE_READERS} so
     * that a running request always finds a read connection: queueing happens before a request starts, where it
     * costs nothing, not while it holds a thread.
     */
    public static final int REQUEST_THREADS = 16;

    /** Threads Jetty leases for itself: up to 4 acceptors and 4 selectors, depending on the number of cores. */
    private static final int JETTY_OWN_THREADS = 8;

    private final List<Route> routes;
    private final Javalin app;
    private final Metrics metrics;
    private final Optional<MetricsAccess> metricsSetting;

    /** Nobody reads metrics until the server knows the address it listens on. */
    private volatile MetricsAccess effectiveMetrics = MetricsAccess.OFF;

    /**
     * The server over {@code catalogue}, with ClauseWatch's own routes followed by {@code extraGroups} (accounts,
     * subscriptions and sign-in pages, as {@code serve} adds them).
     */
    public WebServer(Catalogue catalogue, List<RouteGroup> extraGroups) {
        this(catalogue, TrackingPlan::none, extraGroups);
    }

    /** The same, with the home page telling what {@code plan} says will be tracked and when. */
    public WebServer(Catalogue catalogue, Supplier<TrackingPlan> plan, List<RouteGroup> extraGroups) {
        this(catalogue, plan, extraGroups, Optional.empty(), Optional.empty());
    }

    /**
     * With who may read {@code /metrics}: {@code metricsAccess} when set, otherwise decided by the address the server
     * listens on ({@link MetricsAccess#defaultFor}); admins are told by their API key among {@code accounts}.
     */
    public WebServer(
            Catalogue catalogue,
            Supplier<TrackingPlan> plan,
            List<RouteGroup> extraGroups,
            Optional<MetricsAccess> metricsAccess,
            Optional<Accounts> accounts) {
        this.metricsSetting = metricsAccess;
        this.metrics = new Metrics();
        Templates templates = new Templates();
        PageCache pages = new PageCache(PageCache.DEFAULT_BUDGET_BYTES);
        metrics.watch(pages);
        List<RouteGroup> groups = new ArrayList<>(List.of(
                new PageRoutes(catalogue, templates, pages, plan),
                new ApiRoutes(catalogue),
                new FeedRoutes(catalogue),
                new OperationsRoutes(catalogue, metrics, () -> effectiveMetrics, accounts.map(ApiAuth::new)),
                new MementoRoutes(catalogue),
                new ReportRoutes(new Reports(catalogue, Clock.systemUTC())),
                new NavigationRoutes(catalogue, templates, plan, ApiRoutes.resource("openapi.json"))));
        groups.addAll(extraGroups);
        this.routes = groups.stream().flatMap(group -> group.routes().stream()).toList();
        this.app = Javalin.create(config -> configure(config, templates));
    }

    /** Starts listening; port 0 picks a free port. */
    public WebServer start(String host, int port) {
        effectiveMetrics = metricsSetting.orElse(MetricsAccess.defaultFor(host));
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** The route table, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    private void configure(JavalinConfig config, Templates templates) {
        config.startup.showJavalinBanner = false;
        QueuedThreadPool threads = new QueuedThreadPool(REQUEST_THREADS + JETTY_OWN_THREADS, 4);
        threads.setName("clausewatch-http");
        config.jetty.threadPool = threads;
        config.http.generateEtags = true;
        config.router.ignoreTrailingSlashes = true;
        config.routes.before(metrics::start);
        config.routes.after(ctx -> {
            Security.headers(ctx);
            metrics.stop(ctx);
        });
        for (Route route : routes) {
            config.routes.addEndpoint(new Endpoint(route.method(), route.path(), route.handler(), Set.of()));
        }
        Errors errors = new Errors(templates);
        config.routes.exception(NotFound.class, (e, ctx) -> errors.notFound(ctx, e.getMessage()));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> errors.badRequest(ctx, e.getMessage()));
        config.routes.exception(StoreBusyException.class, errors::busy);
        config.routes.exception(Exception.class, errors::unexpected);
        config.routes.error(404, "*", ctx -> {
            if (ctx.attribute(Errors.HANDLED) == null) {
                errors.notFound(ctx, "nothing is at " + ctx.path());
            }
        });
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    @Override
    public void close() {
        app.stop();
    }
}
