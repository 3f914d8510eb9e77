package org.clausewatch.version;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Whether a newly extracted text becomes a version of its document. */
public sealed interface Decision {

    /**
     * The normalised text differs from the previous version (or there is none): record it. {@code afterOutlier} says
     * why a text that shrank drastically against the previous version is recorded all the same: that version was
     * itself an outlier (see {@link Versioner#decide(Optional, String, List)}).
     */
    record NewVersion(Optional<String> afterOutlier) implements Decision {
        public NewVersion {
            Objects.requireNonNull(afterOutlier, "afterOutlier");
        }

        public NewVersion() {
            this(Optional.empty());
        }
    }

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
        /** Bytes that are not text (an image, an archive, random data) served as a web page. */
        BINARY,
        DRASTIC_SHRINK,
        TINY_FRAGMENT
    }
}
