package org.clausewatch.timestamp;

import java.io.IOException;

/** A Time-Stamping Authority could not be reached, refused the request, or sent a reply that does not check. */
public final class TimestampException extends IOException {
    private static final long serialVersionUID = 1L;

    TimestampException(String message) {
        super(message);
    }

    TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
