package org.clausewatch.track;

import org.clausewatch.cli.Cli;

/** Child process of {@link TrackCrashIT}: tracks over and over until it is killed, saying on standard output when each pass is done. */
public final class TrackLoop {
    private TrackLoop() {}

    public static void main(String[] args) {
        for (int pass = 1; ; pass++) {
            Cli.execute(
                    "track",
                    "--data",
                    args[0],
                    "--declarations",
                    args[1],
                    "--allow-private-addresses",
                    "--host-delay-ms",
                    "0");
            System.out.println("pass " + pass + " done");
            System.out.flush();
        }
    }
}
