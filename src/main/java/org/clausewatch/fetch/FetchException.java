package org.clausewatch.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;

/** A fetch that went wrong in a way already classified; its message names the URL. */
final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient URI url;
    private final FailureClass failureClass;
    private final transient Optional<Duration> retryAfter;

    FetchException(URI url, FailureClass failureClass, String message) {
        this(url, failureClass, message, Optional.empty(), null);
    }

    FetchException(URI url, FailureClass failureClass, String message, Throwable cause) {
        this(url, failureClass, message, Optional.empty(), cause);
    }

    FetchException(URI url, FailureClass failureClass, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.failureClass = failureClass;
        this.retryAfter = retryAfter;
    }

    URI url() {
        return url;
    }

    FailureClass failureClass() {
        return failureClass;
    }

    Failure failure() {
        return new Failure(failureClass, getMessage(), retryAfter);
    }
}
