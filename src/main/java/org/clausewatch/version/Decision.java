package org.clausewatch.version;

import java.util.Objects;

/** Whether a newly extracted text becomes a version of its document. */
public sealed interface Decision {

    /** The normalised text differs from the previous version (or there is none): record it. */
    record NewVersion() implements Decision {}

    /** The normalised text is the previous version's: record nothing. */
    record Unchanged() implements Decision {}

    /**
     * The text is not the document (an error page, a bot challenge, a tiny fragment…): record no version, but a
     * capture-anomaly failure with {@code reason}, which says what was seen and why it was refused.
     */
    record Anomaly(Kind kind, String reason) implements Decision {
        public Anomaly {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** What an anomalous capture looked like. */
    enum Kind {
        EMPTY,
        ERROR_PAGE,
        FORBIDDEN,
        BOT_CHALLENGE,
        COOKIE_WALL,
        DRASTIC_SHRINK,
        TINY_FRAGMENT
    }
}
