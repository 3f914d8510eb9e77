package org.clausewatch.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.clausewatch.fetch.FetchConfig;

/** A fetch configuration changed field by field, for tests that need a limit, a timeout or a browser of their own. */
public final class FetchConfigBuilder {
    private String userAgent;
    private final Duration connectTimeout;
    private Duration totalTimeout;
    private long maxBodyBytes;
    private int maxRedirects;
    private Duration hostDelay;
    private boolean allowPrivateAddresses;
    private boolean honourRobots;
    private int maxAttempts;
    private Duration initialBackoff;
    private final Duration maxRetryAfter;
    private Optional<Path> browser;

    private FetchConfigBuilder(FetchConfig config) {
        this.userAgent = config.userAgent();
        this.connectTimeout = config.connectTimeout();
        this.totalTimeout = config.totalTimeout();
        this.maxBodyBytes = config.maxBodyBytes();
        this.maxRedirects = config.maxRedirects();
        this.hostDelay = config.hostDelay();
        this.allowPrivateAddresses = config.allowPrivateAddresses();
        this.honourRobots = config.honourRobots();
        this.maxAttempts = config.maxAttempts();
        this.initialBackoff = config.initialBackoff();
        this.maxRetryAfter = config.maxRetryAfter();
        this.browser = config.browser();
    }

    /** Starts from {@code config}'s values. */
    public static FetchConfigBuilder from(FetchConfig config) {
        return new FetchConfigBuilder(config);
    }

    public FetchConfigBuilder userAgent(String value) {
        userAgent = value;
        return this;
    }

    public FetchConfigBuilder totalTimeout(Duration value) {
        totalTimeout = value;
        return this;
    }

    public FetchConfigBuilder maxBodyBytes(long value) {
        maxBodyBytes = value;
        return this;
    }

    public FetchConfigBuilder maxRedirects(int value) {
        maxRedirects = value;
        return this;
    }

    public FetchConfigBuilder hostDelay(Duration value) {
        hostDelay = value;
        return this;
    }

    public FetchConfigBuilder allowPrivateAddresses(boolean value) {
        allowPrivateAddresses = value;
        return this;
    }

    public FetchConfigBuilder honourRobots(boolean value) {
        honourRobots = value;
        return this;
    }

    public FetchConfigBuilder maxAttempts(int value) {
        maxAttempts = value;
        return this;
    }

    public FetchConfigBuilder initialBackoff(Duration value) {
        initialBackoff = value;
        return this;
    }

    public FetchConfigBuilder browser(Optional<Path> value) {
        browser = value;
        return this;
    }

    /** The configuration, validated as FetchConfig validates every one. */
    public FetchConfig build() {
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
                browser);
    }
}
