package org.clausewatch.cli;

import java.nio.file.Path;
import org.clausewatch.Setting;
import picocli.CommandLine.Option;

/** Options of every command that tracks ({@code track}, {@code serve}, {@code worker}): what, and how politely. */
final class TrackingOptions {
    @Option(
            names = "--declarations",
            paramLabel = "DIR",
            description = "Folder of declarations (<service>.json) to track. Default: ./declarations, the starter set"
                    + " shipped with ClauseWatch.")
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

    /** These options over {@code given}; one left out lets the environment or the settings file set it. */
    CommonOptions.Given onto(CommonOptions.Given given) {
        return given.value(Setting.DECLARATIONS, declarations)
                .flag(Setting.ALLOW_PRIVATE_ADDRESSES, allowPrivateAddresses)
                .value(Setting.HOST_DELAY_MS, hostDelayMs);
    }
}
