package org.clausewatch.common;

/** Why a document could not be captured or versioned; the words users see on failure reports. */
public enum FailureClass {
    NOT_FOUND(false),
    GONE(false),
    FORBIDDEN(false),
    BOT_CHALLENGE(false),
    RATE_LIMITED(true),
    SERVER_ERROR(true),
    TIMEOUT(true),
    DNS(true),
    TLS(false),
    CONNECTION(true),
    REDIRECT_LOOP(false),
    TOO_LARGE(false),
    EMPTY(false),
    SELECTOR_MATCHED_NOTHING(false),
    CAPTURE_ANOMALY(false),
    BLOCKED_ADDRESS(false),
    ROBOTS_DISALLOWED(false),
    BROWSER_NOT_AVAILABLE(false),
    UNSUPPORTED_CONTENT(false),
    HTTP_ERROR(false),
    EXTRACTION_ERROR(false),
    /** The archive could not write a capture or read one back: a disk or WARC problem on our side, not the page's. */
    ARCHIVE_ERROR(false),
    /** A defect of ClauseWatch met while tracking the document; the message carries the exception. */
    INTERNAL_ERROR(false);

    private final boolean transientFailure;

    FailureClass(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether trying again later in the same pass may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The kebab-case name used in JSON and on the command line, e.g. {@code rate-limited}. */
    public String label() {
        return Labels.of(this);
    }

    public static FailureClass fromLabel(String label) {
        return Labels.parse(FailureClass.class, label)
                .orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not a failure class"));
    }
}
