package org.clausewatch.extract;

import java.util.Objects;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;

/** A capture from which no document text could be extracted; the message names the page URL and, when one is to blame, the selector. */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FailureClass failureClass;

    ExtractionException(FailureClass failureClass, String message) {
        super(message);
        this.failureClass = Objects.requireNonNull(failureClass, "failureClass");
    }

    ExtractionException(FailureClass failureClass, String message, Throwable cause) {
        super(message, cause);
        this.failureClass = Objects.requireNonNull(failureClass, "failureClass");
    }

    /** {@link FailureClass#SELECTOR_MATCHED_NOTHING}, {@link FailureClass#EMPTY}, {@link FailureClass#UNSUPPORTED_CONTENT} or {@link FailureClass#EXTRACTION_ERROR}. */
    public FailureClass failureClass() {
        return failureClass;
    }

    /** This exception as the failure recorded against the document. */
    public Failure failure() {
        return Failure.of(failureClass, getMessage());
    }
}
