package org.clausewatch.store;

import java.time.Instant;
import java.util.Optional;
import org.clausewatch.common.FailureClass;

/** How tracking of a document stands: when it last succeeded and the failure it is in now, if any. */
public record TrackingStatus(Optional<Instant> lastSuccessAt, Optional<CurrentFailure> currentFailure) {

    /** The failure in force: its latest class and message, when the run of failures began, the latest attempt. */
    public record CurrentFailure(FailureClass failureClass, String message, Instant since, Instant lastAttemptAt) {}

    static TrackingStatus never() {
        return new TrackingStatus(Optional.empty(), Optional.empty());
    }
}
