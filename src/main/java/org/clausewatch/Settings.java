package org.clausewatch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.Lookup.Value;
import org.clausewatch.alert.AlertConfig;
import org.clausewatch.alert.DigestSchedule;
import org.clausewatch.alert.RetryPolicy;
import org.clausewatch.alert.SmtpConfig;
import org.clausewatch.fetch.FetchConfig;
import org.clausewatch.timestamp.Certificates;
import org.clausewatch.timestamp.TimestampConfig;
import org.clausewatch.web.MetricsAccess;

/**
 * Every setting of ClauseWatch, read once and checked up front: a command-line option wins over the environment
 * variable ({@code CLAUSEWATCH_HOST_DELAY_MS}), which wins over the key ({@code host-delay-ms}) in
 * {@code <data>/clausewatch.properties}, which wins over the default. docs/configuration.md lists every key.
 */
public record Settings(
        Storage storage, Tracking tracking, AlertConfig alerts, Serving serving, TimestampConfig timestamping) {

    /** The file name of the optional configuration file inside the data folder. */
    public static final String FILE = "clausewatch.properties";

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    /** Where the data lives: the data folder (archive, configuration file) and the database. */
    public record Storage(Path dataDir, String database) {
        public Path warcDir() {
            return dataDir.resolve("warcs");
        }
    }

    /** What tracking reads and how it fetches. */
    /**
     * {@code lease}: on PostgreSQL, how long a document being tracked (or a host being fetched) stays a process's
     * after its last heartbeat; a killed process's documents are taken again by others after it.
     */
    public record Tracking(Path declarations, FetchConfig fetch, boolean ignoreRobots, Duration lease) {}

    /**
     * Where {@code serve} listens, how long it waits between two tracking passes, and how long after starting it makes
     * the first: a fresh start shows what it will track, and leaves time to change it, before anything is fetched.
     * {@code metrics}: who may read {@code /metrics}; empty to decide by the address {@code serve} listens on.
     */
    public record Serving(
            String host, int port, Duration trackEvery, Duration firstPassAfter, Optional<MetricsAccess> metrics) {
        /** The default wait before the first pass of {@code serve}. */
        public static final Duration FIRST_PASS_AFTER = Duration.ofMinutes(1);
    }

    /**
     * Fills what the command line left unset from the environment, then from {@code <dataDir>/clausewatch.properties},
     * then from the defaults. An unknown {@code CLAUSEWATCH_*} variable, an unknown key in the file or a bad value is
     * an {@link IllegalArgumentException} naming it.
     */
    public static Settings resolve(Path dataDir, Map<Setting, String> options, Map<String, String> environment)
            throws IOException {
        Lookup lookup = Lookup.read(dataDir.resolve(FILE), options, environment);
        boolean allowPrivate =
                lookup.find(Setting.ALLOW_PRIVATE_ADDRESSES).map(Value::flag).orElse(false);
        return new Settings(
                storage(dataDir, lookup),
                tracking(lookup, allowPrivate),
                alerts(lookup, allowPrivate),
                serving(lookup),
                timestamping(lookup));
    }

    public Path dataDir() {
        return storage.dataDir();
    }

    private static Storage storage(Path dataDir, Lookup lookup) {
        String database =
                lookup.find(Setting.DATABASE).map(Value::text).orElse("sqlite:" + dataDir.resolve("clausewatch.db"));
        return new Storage(dataDir, database);
    }

    private static Tracking tracking(Lookup lookup, boolean allowPrivate) {
        Duration hostDelay = lookup.find(Setting.HOST_DELAY_MS)
                .map(v -> Duration.ofMillis(v.wholeNumber(0, Long.MAX_VALUE)))
                .orElse(Duration.ofSeconds(1));
        return new Tracking(
                lookup.find(Setting.DECLARATIONS).map(Value::path).orElse(Path.of("declarations")),
                FetchConfig.defaults(hostDelay, allowPrivate, browser(lookup)),
                lookup.find(Setting.IGNORE_ROBOTS).map(Value::flag).orElse(false),
                lookup.find(Setting.TRACKING_LEASE).map(Value::positiveDuration).orElse(Duration.ofMinutes(2)));
    }

    /** A configured Chromium must be there; without one, Debian's is used when installed. */
    private static Optional<Path> browser(Lookup lookup) {
        Optional<Value> configured = lookup.find(Setting.CHROMIUM);
        if (configured.isPresent()) {
            Value value = configured.orElseThrow();
            Path path = value.path();
            if (!Files.isExecutable(path)) {
                throw value.bad("is not an executable file");
            }
            return Optional.of(path);
        }
        return Files.isExecutable(DEBIAN_CHROMIUM) ? Optional.of(DEBIAN_CHROMIUM) : Optional.empty();
    }

    private static AlertConfig alerts(Lookup lookup, boolean allowPrivateWebhooks) {
        AlertConfig d = AlertConfig.defaults();
        return new AlertConfig(
                smtp(lookup),
                lookup.find(Setting.SERVICE_LIMIT)
                        .map(v -> (int) v.wholeNumber(0, Integer.MAX_VALUE))
                        .orElse(d.defaultServiceLimit()),
                lookup.find(Setting.WEBHOOK_ALLOW_HOSTS).map(Value::list).orElse(Set.of()),
                allowPrivateWebhooks,
                digests(lookup, d.digests()),
                retries(lookup, d.retries()),
                lookup.find(Setting.DELIVERY_POLL).map(Value::positiveDuration).orElse(d.pollEvery()),
                lookup.find(Setting.BASE_URL).map(Value::absoluteUrl));
    }

    private static Optional<SmtpConfig> smtp(Lookup lookup) {
        return lookup.find(Setting.SMTP_HOST).map(Value::text).map(host -> {
            SmtpConfig.Security security = lookup.find(Setting.SMTP_SECURITY)
                    .map(v -> v.oneOf(SmtpConfig.Security.class))
                    .orElse(SmtpConfig.Security.STARTTLS);
            return new SmtpConfig(
                    host,
                    lookup.find(Setting.SMTP_PORT)
                            .map(v -> (int) v.wholeNumber(1, 65535))
                            .orElse(security.defaultPort()),
                    security,
                    lookup.find(Setting.SMTP_USERNAME).map(Value::text),
                    lookup.find(Setting.SMTP_PASSWORD).map(Value::text),
                    lookup.find(Setting.SMTP_FROM).map(Value::text).orElse("clausewatch@" + host));
        });
    }

    private static DigestSchedule digests(Lookup lookup, DigestSchedule d) {
        return new DigestSchedule(
                lookup.find(Setting.DIGEST_HOUR)
                        .map(v -> (int) v.wholeNumber(0, 23))
                        .orElse(d.hour()),
                lookup.find(Setting.DIGEST_ZONE).map(Value::zone).orElse(d.zone()),
                lookup.find(Setting.DIGEST_WEEKDAY)
                        .map(v -> v.oneOf(DayOfWeek.class))
                        .orElse(d.weeklyOn()));
    }

    private static RetryPolicy retries(Lookup lookup, RetryPolicy d) {
        return new RetryPolicy(
                lookup.find(Setting.DELIVERY_ATTEMPTS)
                        .map(v -> (int) v.wholeNumber(1, Integer.MAX_VALUE))
                        .orElse(d.attempts()),
                lookup.find(Setting.DELIVERY_FIRST_RETRY)
                        .map(Value::positiveDuration)
                        .orElse(d.first()));
    }

    private static Serving serving(Lookup lookup) {
        return new Serving(
                lookup.find(Setting.HOST).map(Value::text).orElse("127.0.0.1"),
                lookup.find(Setting.PORT)
                        .map(v -> (int) v.wholeNumber(0, 65535))
                        .orElse(8080),
                lookup.find(Setting.TRACK_EVERY).map(Value::positiveDuration).orElse(Duration.ofHours(6)),
                lookup.find(Setting.FIRST_PASS_AFTER)
                        .map(Value::positiveDuration)
                        .orElse(Serving.FIRST_PASS_AFTER),
                lookup.find(Setting.METRICS).map(v -> v.oneOf(MetricsAccess.class)));
    }

    /** No authority unless one is configured: a timestamp request is the one thing that would leave the machine. */
    private static TimestampConfig timestamping(Lookup lookup) {
        TimestampConfig d = TimestampConfig.none();
        return new TimestampConfig(
                lookup.find(Setting.TSA_URL).map(Settings::authority),
                lookup.find(Setting.TSA_CA_CERTIFICATES)
                        .map(Settings::certificates)
                        .orElse(List.of()),
                lookup.find(Setting.TSA_INTERVAL).map(Value::positiveDuration).orElse(d.interval()));
    }

    private static URI authority(Value value) {
        URI url = value.absoluteUrl();
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw value.bad("is not an http or https URL");
        }
        return url;
    }

    private static List<X509Certificate> certificates(Value value) {
        try {
            return Certificates.read(value.path());
        } catch (IOException e) {
            throw value.bad("could not be read: " + e.getMessage());
        }
    }
}
