package org.clausewatch.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Exponential backoff: the n-th failed attempt waits {@code first × 2^(n-1)}; after {@code attempts} tries, dead. */
public record RetryPolicy(int attempts, Duration first) {
    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("delivery attempts must be at least 1, not " + attempts);
        }
        Objects.requireNonNull(first, "first");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("first retry delay must be positive, not " + first);
        }
    }

    /** When to try again after the {@code failedAttempts}-th failure, or empty when that was the last try. */
    Optional<Instant> retryAt(int failedAttempts, Instant now) {
        if (failedAttempts >= attempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(first.multipliedBy(1L << Math.min(failedAttempts - 1, 20))));
    }
}
