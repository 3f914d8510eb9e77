package org.clausewatch.alert;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How alerts are sent: the SMTP server, plan limits, webhook guard, digest slots, retries, how often the outbox is
 * polled and the public address that links point to ({@code base-url}; when it is not set, the address {@code serve}
 * listens on, see {@link Alerts#baseUrl}). The composition root reads them with the rest of the settings.
 */
public record AlertConfig(
        Optional<SmtpConfig> smtp,
        int defaultServiceLimit,
        Set<String> webhookAllowHosts,
        boolean allowPrivateWebhooks,
        DigestSchedule digests,
        RetryPolicy retries,
        Duration pollEvery,
        Optional<URI> baseUrl) {
    public AlertConfig {
        webhookAllowHosts = Set.copyOf(webhookAllowHosts);
        if (defaultServiceLimit < 0) {
            throw new IllegalArgumentException("service-limit must not be negative, not " + defaultServiceLimit);
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
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
                Optional.empty());
    }
}
