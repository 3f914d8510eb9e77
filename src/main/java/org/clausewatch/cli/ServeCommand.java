package org.clausewatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.track.Reanalysis;
import org.clausewatch.track.ScheduledTracking;
import org.clausewatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the HTTP service with scheduled tracking. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web interface and API, and track the declared documents on a schedule.")
final class ServeCommand implements Callable<Integer> {
    /** Expired sessions are refused at once; deleting them is housekeeping, hourly is plenty. */
    private static final Duration SESSION_PURGE = Duration.ofHours(1);

    @Mixin
    CommonOptions common;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(
            names = "--declarations",
            paramLabel = "DIR",
            description = "Declarations to track (default ./declarations; without it, nothing is tracked).")
    Path declarations;

    @Option(
            names = "--allow-private-addresses",
            description = "Allow fetching loopback, private and link-local addresses.")
    boolean allowPrivateAddresses;

    @Option(
            names = "--track-every",
            paramLabel = "DURATION",
            defaultValue = "PT6H",
            description = "Interval between tracking passes, ISO-8601 (PT6H, PT30M). Default ${DEFAULT-VALUE}.")
    String trackEvery;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Duration interval = interval();
        Settings settings = common.settings(Optional.ofNullable(declarations), allowPrivateAddresses, Optional.empty());
        Path folder = settings.declarations().orElse(Path.of("declarations"));
        try (ClauseWatch app = ClauseWatch.open(settings);
                WebServer web = new WebServer(
                                new WebServer.Sources(app.store(), Optional.of(app.archive()), app.reader()),
                                AlertRouting.routes(app, folder))
                        .start(host, port);
                ScheduledTracking tracking = schedule(app, folder, interval);
                AutoCloseable reading = readUnread(app);
                AutoCloseable purge = app.sessions().purgeEvery(SESSION_PURGE)) {
            app.alerts().worker().every(app.alerts().config().pollEvery());
            spec.commandLine()
                    .getOut()
                    .printf(
                            "ClauseWatch serving on http://%s:%d/ (data in %s)%n",
                            host, web.port(), settings.dataDir());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }

    /**
     * Reads, in the background, the wordings the current reader has not read yet (after an upgrade of its models, cues
     * or rule tables), so pages show current analyses without a separate {@code analyse}. Stops between two batches
     * when serve stops; what it read is committed batch by batch.
     */
    private AutoCloseable readUnread(ClauseWatch app) {
        AtomicBoolean stop = new AtomicBoolean();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
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

    private ScheduledTracking schedule(ClauseWatch app, Path folder, Duration interval) {
        if (!Files.isDirectory(folder)) {
            spec.commandLine()
                    .getErr()
                    .println("clausewatch serve: no declarations folder '" + folder + "'; nothing will be tracked");
            return new ScheduledTracking(app.tracker(), List::of, interval);
        }
        return new ScheduledTracking(
                app.tracker(),
                () -> DeclarationsFolder.select(app.declarationLoader().load(folder), List.of()),
                interval);
    }

    private Duration interval() {
        try {
            Duration interval = Duration.parse(trackEvery);
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("--track-every must be positive, got " + trackEvery);
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--track-every '" + trackEvery + "' is not an ISO-8601 duration such as PT6H", e);
        }
    }
}
