package org.clausewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.clausewatch.ClauseWatch;
import org.clausewatch.account.LoginThrottle;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.web.AccountRoutes;
import org.clausewatch.web.LoginRoutes;
import org.clausewatch.web.RouteGroup;
import org.clausewatch.web.SubscriptionRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The account, sign-in and subscription routes of {@code serve}, with tracking runs started on demand by an admin. */
final class AlertRouting {
    private static final Logger LOG = LoggerFactory.getLogger(AlertRouting.class);

    /** One pass at a time: a second request waits behind the first rather than fetching the same hosts twice. */
    private static final ExecutorService RUNS = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("tracking-run").factory());

    /** Failed sign-ins allowed per address (and per address and e-mail) in fifteen minutes. */
    private static final int LOGIN_FAILURES = 5;

    private AlertRouting() {}

    static List<RouteGroup> routes(ClauseWatch app, Path declarations) {
        Taxonomy taxonomy = Taxonomy.load();
        return List.of(
                new SubscriptionRoutes(app.alerts(), app.accounts(), taxonomy),
                new LoginRoutes(
                        app.accounts(),
                        app.sessions(),
                        new LoginThrottle(LOGIN_FAILURES, Duration.ofMinutes(15), Clock.systemUTC()),
                        app.alerts(),
                        taxonomy),
                new AccountRoutes(
                        app.accounts(),
                        app.sessions(),
                        services -> start(app, declarations, services),
                        app.alerts().config().defaultServiceLimit()));
    }

    private static void start(ClauseWatch app, Path declarations, List<String> services) {
        if (!Files.isDirectory(declarations)) {
            throw new IllegalArgumentException("no declarations folder '" + declarations + "' to track");
        }
        List<DocumentDeclaration> documents =
                DeclarationsFolder.select(app.declarationLoader().load(declarations), services);
        RUNS.submit(() -> {
            try {
                app.tracker().track(documents);
            } catch (RuntimeException e) {
                LOG.error("tracking run of {} failed", services, e);
            }
        });
    }
}
