package org.clausewatch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
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

    /** The settings: {@code given} (a command's own options) and these options over the environment and the file. */
    Settings settings(Given given) throws IOException {
        return Settings.resolve(data, given.value(Setting.DATABASE, database).values(), System.getenv());
    }

    ClauseWatch open() throws IOException {
        return ClauseWatch.open(settings(new Given()));
    }

    /** Values given on the command line for settings keys; an option left out lets the environment or file set it. */
    static final class Given {
        private final Map<Setting, String> values = new EnumMap<>(Setting.class);

        Given value(Setting key, Object value) {
            if (value != null) {
                values.put(key, value.toString());
            }
            return this;
        }

        Given flag(Setting key, boolean set) {
            return value(key, set ? "true" : null);
        }

        Map<Setting, String> values() {
            return values;
        }
    }
}
