package org.clausewatch.cli;

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

    @Mixin
    TrackingOptions tracking;

    @Mixin
    ScheduleOptions schedule;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(schedule.onto(tracking.onto(
                new CommonOptions.Given().value(Setting.PORT, port).value(Setting.HOST, host))));
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
