package org.clausewatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
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
    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", description = "Port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String host;

    @Option(
            names = "--declarations",
            paramLabel = "DIR",
            description = "Declarations to track (default ./declarations, the starter set shipped with ClauseWatch).")
    Path declarations;

    @Option(
            names = "--allow-private-addresses",
            description = "Allow fetching loopback, private and link-local addresses.")
    boolean allowPrivateAddresses;

    @Option(
            names = "--track-every",
            paramLabel = "DURATION",
            description = "Interval between tracking passes, ISO-8601 (PT6H, PT30M). Default PT6H.")
    String trackEvery;

    @Option(
            names = "--first-pass-after",
            paramLabel = "DURATION",
            description = "Wait before the first tracking pass, ISO-8601. Default PT1M.")
    String firstPassAfter;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(new CommonOptions.Given()
                .value(Setting.PORT, port)
                .value(Setting.HOST, host)
                .value(Setting.DECLARATIONS, declarations)
                .flag(Setting.ALLOW_PRIVATE_ADDRESSES, allowPrivateAddresses)
                .value(Setting.TRACK_EVERY, trackEvery)
                .value(Setting.FIRST_PASS_AFTER, firstPassAfter));
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            WebServer web =
                    app.serve(spec.commandLine().getOut(), spec.commandLine().getErr());
            spec.commandLine()
                    .getOut()
                    .printf(
                            "ClauseWatch serving on http://%s:%d/ (data in %s); first tracking pass of %s in %s%n",
                            settings.serving().host(),
                            web.port(),
                            settings.dataDir(),
                            settings.tracking().declarations(),
                            settings.serving().firstPassAfter());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
