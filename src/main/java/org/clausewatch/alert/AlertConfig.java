package org.clausewatch.alert;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alert settings, read like the rest of ClauseWatch's configuration: a variable {@code CLAUSEWATCH_SMTP_HOST} wins
 * over the key {@code smtp-host} in {@code <data>/clausewatch.properties}, which wins over the default.
 */
public record AlertConfig(
        Optional<SmtpConfig> smtp,
        int defaultServiceLimit,
        Set<String> webhookAllowHosts,
        boolean allowPrivateWebhooks,
        DigestSchedule digests,
        RetryPolicy retries,
        Duration pollEvery,
        URI baseUrl) {
    public AlertConfig {
        webhookAllowHosts = Set.copyOf(webhookAllowHosts);
        if (defaultServiceLimit < 0) {
            throw new IllegalArgumentException("service-limit must not be negative, not " + defaultServiceLimit);
        }
    }

    public static AlertConfig defaults() {
        return new AlertConfig(
                Optional.empty(),
                25,
                Set.of(),
                false,
                new DigestSchedule(8, ZoneId.of("UTC"), DayOfWeek.MONDAY),
                new RetryPolicy(6, Duration.ofSeconds(30)),
                Duration.ofSeconds(5),
                URI.create("http://localhost:8080/"));
    }

    public AlertConfig withSmtp(SmtpConfig config) {
        return new AlertConfig(
                Optional.of(config),
                defaultServiceLimit,
                webhookAllowHosts,
                allowPrivateWebhooks,
                digests,
                retries,
                pollEvery,
                baseUrl);
    }

    public AlertConfig withPrivateWebhooks(boolean allow) {
        return new AlertConfig(
                smtp, defaultServiceLimit, webhookAllowHosts, allow, digests, retries, pollEvery, baseUrl);
    }

    public AlertConfig withRetries(RetryPolicy policy) {
        return new AlertConfig(
                smtp,
                defaultServiceLimit,
                webhookAllowHosts,
                allowPrivateWebhooks,
                digests,
                policy,
                pollEvery,
                baseUrl);
    }

    public AlertConfig withDigests(DigestSchedule schedule) {
        return new AlertConfig(
                smtp,
                defaultServiceLimit,
                webhookAllowHosts,
                allowPrivateWebhooks,
                schedule,
                retries,
                pollEvery,
                baseUrl);
    }

    /** Reads the alert keys from the environment and {@code <data>/clausewatch.properties}. */
    public static AlertConfig resolve(Path dataDir, Map<String, String> environment, boolean allowPrivateAddresses)
            throws IOException {
        Properties file = new Properties();
        Path path = dataDir.resolve("clausewatch.properties");
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(reader);
            }
        }
        Function<String, Optional<String>> value = key -> Optional.ofNullable(environment.get(
                        "CLAUSEWATCH_" + key.toUpperCase(Locale.ROOT).replace('-', '_')))
                .or(() -> Optional.ofNullable(file.getProperty(key)))
                .map(String::trim)
                .filter(v -> !v.isEmpty());
        AlertConfig d = defaults();
        return new AlertConfig(
                smtp(value),
                value.apply("service-limit")
                        .map(v -> integer("service-limit", v))
                        .orElse(d.defaultServiceLimit()),
                value.apply("webhook-allow-hosts").map(AlertConfig::hosts).orElse(Set.of()),
                allowPrivateAddresses,
                new DigestSchedule(
                        value.apply("digest-hour")
                                .map(v -> integer("digest-hour", v))
                                .orElse(8),
                        value.apply("digest-zone").map(AlertConfig::zone).orElse(ZoneId.of("UTC")),
                        value.apply("digest-weekday").map(AlertConfig::day).orElse(DayOfWeek.MONDAY)),
                new RetryPolicy(
                        value.apply("delivery-attempts")
                                .map(v -> integer("delivery-attempts", v))
                                .orElse(6),
                        value.apply("delivery-first-retry")
                                .map(v -> duration("delivery-first-retry", v))
                                .orElse(Duration.ofSeconds(30))),
                d.pollEvery(),
                value.apply("base-url").map(URI::create).orElse(d.baseUrl()));
    }

    private static Optional<SmtpConfig> smtp(Function<String, Optional<String>> value) {
        return value.apply("smtp-host").map(host -> {
            SmtpConfig.Security security =
                    value.apply("smtp-security").map(SmtpConfig.Security::parse).orElse(SmtpConfig.Security.STARTTLS);
            int defaultPort = switch (security) {
                case NONE -> 25;
                case STARTTLS -> 587;
                case TLS -> 465;
            };
            return new SmtpConfig(
                    host,
                    value.apply("smtp-port").map(v -> integer("smtp-port", v)).orElse(defaultPort),
                    security,
                    value.apply("smtp-username"),
                    value.apply("smtp-password"),
                    value.apply("smtp-from").orElse("clausewatch@" + host));
        });
    }

    private static Set<String> hosts(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toSet());
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static ZoneId zone(String value) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "digest-zone '" + value + "' is not a time zone such as Europe/Paris", e);
        }
    }

    private static DayOfWeek day(String value) {
        try {
            return DayOfWeek.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("digest-weekday '" + value + "' is not a day such as monday", e);
        }
    }

    private static Duration duration(String key, String value) {
        try {
            return Duration.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an ISO-8601 duration such as PT30S", e);
        }
    }
}
