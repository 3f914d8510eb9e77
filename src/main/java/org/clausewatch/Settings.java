package org.clausewatch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Configuration: command-line options win over environment variables ({@code CLAUSEWATCH_*}), which win over
 * the file {@code <data>/clausewatch.properties}, which wins over the defaults.
 */
public record Settings(
        Path dataDir,
        Optional<String> database,
        Optional<Path> declarations,
        boolean allowPrivateAddresses,
        Optional<Duration> hostDelay,
        boolean ignoreRobots) {

    /** The file name of the optional configuration file inside the data folder. */
    public static final String FILE = "clausewatch.properties";

    /** The database location: the configured one, else SQLite at {@code <data>/clausewatch.db}. */
    public String databaseLocation() {
        return database.orElse("sqlite:" + dataDir.resolve("clausewatch.db"));
    }

    public Path warcDir() {
        return dataDir.resolve("warcs");
    }

    /** Fills what the command line left unset from the environment, then from the configuration file. */
    public static Settings resolve(
            Path dataDir,
            Optional<String> database,
            Optional<Path> declarations,
            boolean allowPrivateAddresses,
            Optional<Duration> hostDelay,
            Map<String, String> environment)
            throws IOException {
        Properties file = readFile(dataDir.resolve(FILE));
        Lookup lookup = new Lookup(environment, file);
        return new Settings(
                dataDir,
                database.or(() -> lookup.value("database")),
                declarations.or(() -> lookup.value("declarations").map(Path::of)),
                allowPrivateAddresses || lookup.flag("allow-private-addresses"),
                hostDelay.or(() -> lookup.value("host-delay-ms").map(ms -> Duration.ofMillis(parseMillis(ms)))),
                lookup.flag("ignore-robots"));
    }

    private static Properties readFile(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static long parseMillis(String value) {
        try {
            long millis = Long.parseLong(value.trim());
            if (millis < 0) {
                throw new IllegalArgumentException("host-delay-ms must not be negative, got '" + value + "'");
            }
            return millis;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "host-delay-ms must be a whole number of milliseconds, got '" + value + "'", e);
        }
    }

    /** A key {@code allow-private-addresses} is the variable {@code CLAUSEWATCH_ALLOW_PRIVATE_ADDRESSES}. */
    private record Lookup(Map<String, String> environment, Properties file) {
        Optional<String> value(String key) {
            String variable = "CLAUSEWATCH_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
            return Optional.ofNullable(environment.get(variable))
                    .or(() -> Optional.ofNullable(file.getProperty(key)))
                    .map(String::trim)
                    .filter(v -> !v.isEmpty());
        }

        boolean flag(String key) {
            return value(key)
                    .map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                    .orElse(false);
        }
    }
}
