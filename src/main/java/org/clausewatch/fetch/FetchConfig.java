package org.clausewatch.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How ClauseWatch fetches: identity, limits, politeness and retries. Validated once here, so the fetcher
 * trusts every value.
 */
public record FetchConfig(
        String userAgent,
        Duration connectTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        Duration hostDelay,
        boolean allowPrivateAddresses,
        boolean honourRobots,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxRetryAfter,
        Optional<Path> browser) {

    static final String USER_AGENT =
            "ClauseWatch/0.1 (+https://github.com/clausewatch/clausewatch; governance-document tracker)";

    public FetchConfig {
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("fetch userAgent must not be blank: '" + userAgent + "'");
        }
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("totalTimeout", totalTimeout);
        requireNotNegative("hostDelay", hostDelay);
        requireNotNegative("initialBackoff", initialBackoff);
        requireNotNegative("maxRetryAfter", maxRetryAfter);
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("fetch maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("fetch maxRedirects must not be negative: " + maxRedirects);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("fetch maxAttempts must be at least 1: " + maxAttempts);
        }
        Objects.requireNonNull(browser, "browser");
    }

    /**
     * The policy for tracking public sites (identity, timeouts, limits, retries), with the politeness and browser
     * that the configuration chose.
     */
    public static FetchConfig defaults(Duration hostDelay, boolean allowPrivateAddresses, Optional<Path> browser) {
        return new FetchConfig(
                USER_AGENT,
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                20L * 1024 * 1024,
                5,
                hostDelay,
                allowPrivateAddresses,
                true,
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(120),
                browser);
    }

    private static void requirePositive(String name, Duration value) {
        requireNotNegative(name, value);
        if (value.isZero()) {
            throw new IllegalArgumentException("fetch " + name + " must be positive: " + value);
        }
    }

    private static void requireNotNegative(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException("fetch " + name + " must not be negative: " + value);
        }
    }
}
