package org.clausewatch.cli;

import org.clausewatch.Setting;
import picocli.CommandLine.Option;

/** Options of the commands that track on a schedule until stopped ({@code serve}, {@code worker}). */
final class ScheduleOptions {
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

    /** These options over {@code given}; one left out lets the environment or the settings file set it. */
    CommonOptions.Given onto(CommonOptions.Given given) {
        return given.value(Setting.TRACK_EVERY, trackEvery).value(Setting.FIRST_PASS_AFTER, firstPassAfter);
    }
}
