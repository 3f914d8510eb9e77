package org.clausewatch.track;

import org.clausewatch.cli.Cli;

/** Child process of {@link TrackCrashIT}: tracks over and over until it is killed. */
public final class TrackLoop {
    private TrackLoop() {}

    public static void main(String[] args) {
        while (true) {
            Cli.execute(
                    "track",
                    "--data",
                    args[0],
                    "--declarations",
                    args[1],
                    "--allow-private-addresses",
                    "--host-delay-ms",
                    "0");
        }
    }
}
