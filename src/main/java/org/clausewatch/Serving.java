package org.clausewatch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clausewatch.account.LoginThrottle;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.track.Reanalysis;
import org.clausewatch.track.ScheduledTracking;
import org.clausewatch.web.AccountRoutes;
import org.clausewatch.web.LoginRoutes;
import org.clausewatch.web.SubscriptionRoutes;
import org.clausewatch.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the composition root that {@code serve} adds to the services: the web server with every route group,
 * and the work it runs in the background. Each part goes into the root's {@link Closer} as it is started.
 */
final class Serving {
    /** Expired sessions are refused at once; deleting them is housekeeping, hourly is plenty. */
    private static final Duration SESSION_PURGE = Duration.ofHours(1);

    /** Failed sign-ins allowed per address (and per address and e-mail) in {@link #LOGIN_WINDOW}. */
    private static final int LOGIN_FAILURES = 5;

    private static final Duration LOGIN_WINDOW = Duration.ofMinutes(15);

    private Serving() {}

    /** ClauseWatch's own routes followed by the account, sign-in and subscription routes; not started. */
    static WebServer web(ClauseWatch app, Closer opened) {
        TrackingRuns runs = opened.add(new TrackingRuns(app));
        WebServer.Sources sources = new WebServer.Sources(
                app.store(), Optional.of(app.archive()), app.reader(), app.taxonomy(), app.regulations());
        return opened.add(new WebServer(
                sources,
                List.of(
                        new SubscriptionRoutes(app.alerts(), app.accounts(), app.taxonomy()),
                        new LoginRoutes(
                                app.accounts(),
                                app.sessions(),
                                new LoginThrottle(LOGIN_FAILURES, LOGIN_WINDOW, app.clock()),
                                app.alerts(),
                                app.taxonomy()),
                        new AccountRoutes(
                                app.accounts(),
                                app.sessions(),
                                runs::start,
                                app.alerts().config().defaultServiceLimit()))));
    }

    /** Starts the web server, then tracking on schedule, background reading, the session purge and delivery. */
    static WebServer start(ClauseWatch app, Closer opened, PrintWriter out, PrintWriter err) {
        Settings.Serving serving = app.settings().serving();
        WebServer web = app.web().start(serving.host(), serving.port());
        opened.add(schedule(app, err, serving.trackEvery()));
        opened.add(readUnread(app, out, err));
        opened.add(app.sessions().purgeEvery(SESSION_PURGE));
        opened.add(app.alerts().worker().every(app.alerts().config().pollEvery()));
        return web;
    }

    private static ScheduledTracking schedule(ClauseWatch app, PrintWriter err, Duration interval) {
        Path folder = app.settings().tracking().declarations();
        if (!Files.isDirectory(folder)) {
            err.println("clausewatch serve: no declarations folder '" + folder + "'; nothing will be tracked");
            err.flush();
            return new ScheduledTracking(app.tracker(), List::of, interval);
        }
        return new ScheduledTracking(
                app.tracker(), () -> app.declarationLoader().load(folder).documentsOf(List.of()), interval);
    }

    /**
     * Reads, in the background, the wordings the current reader has not read yet (after an upgrade of its models, cues
     * or rule tables), so pages show current analyses without a separate {@code analyse}. Stops between two batches
     * when serve stops; what it read is committed batch by batch.
     */
    private static AutoCloseable readUnread(ClauseWatch app, PrintWriter out, PrintWriter err) {
        AtomicBoolean stop = new AtomicBoolean();
        Thread thread = Thread.ofPlatform()
                .name("clausewatch-reanalysis")
                .daemon(true)
                .start(() -> {
                    try {
                        Reanalysis.Result result = app.reanalysis().run(stop::get);
                        if (result.read() > 0) {
                            out.printf(
                                    "read %d recorded wordings with reader version %s%n",
                                    result.read(), ProvisionReader.VERSION);
                            out.flush();
                        }
                    } catch (RuntimeException e) {
                        err.println("clausewatch serve: reading recorded provisions in the background failed: "
                                + e.getMessage() + "; run ./clausewatch analyse");
                        err.flush();
                    }
                });
        return () -> {
            stop.set(true);
            thread.join();
        };
    }

    /**
     * The tracking passes an admin starts through the API. One pass at a time: a second request waits behind the
     * first rather than fetching the same hosts twice.
     */
    private static final class TrackingRuns implements AutoCloseable {
        private static final Logger LOG = LoggerFactory.getLogger(TrackingRuns.class);

        /** How long closing waits for an interrupted pass to stop before the store closes under it. */
        private static final Duration STOPPING = Duration.ofSeconds(30);

        private final ClauseWatch app;
        private final ExecutorService runs = Executors.newSingleThreadExecutor(
                Thread.ofVirtual().name("tracking-run").factory());

        TrackingRuns(ClauseWatch app) {
            this.app = app;
        }

        /** Starts a pass of the named services (all when none is named); an undeclared name is refused at once. */
        void start(List<String> services) {
            Path folder = app.settings().tracking().declarations();
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("no declarations folder '" + folder + "' to track");
            }
            List<DocumentDeclaration> documents =
                    app.declarationLoader().load(folder).documentsOf(services);
            runs.submit(() -> {
                try {
                    app.tracker().track(documents);
                } catch (RuntimeException e) {
                    LOG.error("tracking run of {} failed", services, e);
                }
            });
        }

        @Override
        public void close() throws InterruptedException {
            runs.shutdownNow();
            runs.awaitTermination(STOPPING.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
