package org.clausewatch.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    TrackingOptions tracking;

    @Mixin
    ScheduleOptions schedule;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(schedule.onto(tracking.onto(new CommonOptions.Given())));
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
