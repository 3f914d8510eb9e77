package org.clausewatch.common;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A classified failure with a message that says what went wrong and where. */
public record Failure(FailureClass failureClass, String message, Optional<Duration> retryAfter) {
    public Failure {
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public static Failure of(FailureClass failureClass, String message) {
        return new Failure(failureClass, message, Optional.empty());
    }
}
