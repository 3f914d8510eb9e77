package org.clausewatch.fetch;

import java.nio.file.Files;
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
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

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

    /** The defaults for tracking public sites; the browser is Debian's Chromium or CLAUSEWATCH_CHROMIUM. */
    public static FetchConfig defaults() {
        return new FetchConfig(
                USER_AGENT,
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                20L * 1024 * 1024,
                5,
                Duration.ofSeconds(1),
                false,
                true,
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(120),
                installedBrowser(System.getenv("CLAUSEWATCH_CHROMIUM")));
    }

    static Optional<Path> installedBrowser(String override) {
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        return Files.isExecutable(DEBIAN_CHROMIUM) ? Optional.of(DEBIAN_CHROMIUM) : Optional.empty();
    }

    public FetchConfig withUserAgent(String value) {
        return new FetchConfig(
                value,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withConnectTimeout(Duration value) {
        return new FetchConfig(
                userAgent,
                value,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withTotalTimeout(Duration value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                value,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withMaxBodyBytes(long value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                value,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withMaxRedirects(int value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                value,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withHostDelay(Duration value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                value,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withAllowPrivateAddresses(boolean value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                value,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withHonourRobots(boolean value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                value,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withMaxAttempts(int value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                value,
                initialBackoff,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withInitialBackoff(Duration value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                value,
                maxRetryAfter,
                browser);
    }

    public FetchConfig withMaxRetryAfter(Duration value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                value,
                browser);
    }

    public FetchConfig withBrowser(Optional<Path> value) {
        return new FetchConfig(
                userAgent,
                connectTimeout,
                totalTimeout,
                maxBodyBytes,
                maxRedirects,
                hostDelay,
                allowPrivateAddresses,
                honourRobots,
                maxAttempts,
                initialBackoff,
                maxRetryAfter,
                value);
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
