package org.clausewatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data folder (database, archive). Default: ${DEFAULT-VALUE}.",
            defaultValue = "./data")
    Path data;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Option(
            names = "--database",
            paramLabel = "URL",
            description =
                    "Database: sqlite:PATH (default <data>/clausewatch.db) or postgresql://user:password@host:port/db.")
    String database;

    Settings settings(Optional<Path> declarations, boolean allowPrivateAddresses, Optional<Duration> hostDelay)
            throws IOException {
        return Settings.resolve(
                data, Optional.ofNullable(database), declarations, allowPrivateAddresses, hostDelay, System.getenv());
    }

    ClauseWatch open() throws IOException {
        return ClauseWatch.open(settings(Optional.empty(), false, Optional.empty()));
    }
}
