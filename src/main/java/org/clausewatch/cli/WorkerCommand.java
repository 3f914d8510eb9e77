package org.clausewatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code worker}: tracking and alert delivery without the web, one of several processes on one PostgreSQL. */
@Command(
        name = "worker",
        mixinStandardHelpOptions = true,
        description = {
            "Track and deliver alerts until stopped, without the web.",
            "On PostgreSQL, every worker and serve process shares the passes: one pass per schedule for the whole",
            "deployment, each document tracked by one process, a stopped process's documents taken up by the others."
        })
final class WorkerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

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
            names = "--host-delay-ms",
            paramLabel = "N",
            description = "Pause between two requests to the same host (default 1000).")
    Long hostDelayMs;

    @Option(
            names = "--track-every",
            paramLabel = "DURATION",
            description = "Interval between tracking passes, ISO-8601 (PT6H, PT30M). Default PT6H.")
    String trackEvery;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(new CommonOptions.Given()
                .value(Setting.DECLARATIONS, declarations)
                .flag(Setting.ALLOW_PRIVATE_ADDRESSES, allowPrivateAddresses)
                .value(Setting.HOST_DELAY_MS, hostDelayMs)
                .value(Setting.TRACK_EVERY, trackEvery));
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            app.work(spec.commandLine().getErr());
            spec.commandLine()
                    .getOut()
                    .printf(
                            "ClauseWatch worker %s (data in %s)%n",
                            app.sharesTracking() ? "sharing passes through the database" : "tracking alone",
                            settings.dataDir());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
