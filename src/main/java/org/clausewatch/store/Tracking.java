package org.clausewatch.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.jdbi.v3.core.Handle;

/** SQL for the failure history and the per-document tracking status. */
final class Tracking {
    private Tracking() {}

    /** The status row is upserted, keeping the start of a run of failures in {@code failure_since}. */
    static void failed(Handle handle, long documentId, Failure failure, Instant at) {
        handle.createUpdate("INSERT INTO failures (document_id, failed_at, failure_class, message, retry_after_millis) "
                        + "VALUES (:doc, :at, :class, :message, :retry)")
                .bind("doc", documentId)
                .bind("at", at.toEpochMilli())
                .bind("class", failure.failureClass().label())
                .bind("message", failure.message())
                .bind("retry", failure.retryAfter().map(Duration::toMillis).orElse(null))
                .execute();
        handle.createUpdate("INSERT INTO tracking_status (document_id, failure_class, failure_message, failure_since, "
                        + "last_attempt_at) VALUES (:doc, :class, :message, :at, :at) ON CONFLICT (document_id) DO UPDATE "
                        + "SET failure_class = excluded.failure_class, failure_message = excluded.failure_message, "
                        + "failure_since = COALESCE(tracking_status.failure_since, excluded.failure_since), "
                        + "last_attempt_at = excluded.last_attempt_at")
                .bind("doc", documentId)
                .bind("class", failure.failureClass().label())
                .bind("message", failure.message())
                .bind("at", at.toEpochMilli())
                .execute();
    }

    static void succeeded(Handle handle, long documentId, Instant at) {
        handle.createUpdate("INSERT INTO tracking_status (document_id, last_success_at, last_attempt_at) "
                        + "VALUES (:doc, :at, :at) ON CONFLICT (document_id) DO UPDATE SET "
                        + "last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at, "
                        + "failure_class = NULL, failure_message = NULL, failure_since = NULL")
                .bind("doc", documentId)
                .bind("at", at.toEpochMilli())
                .execute();
    }

    static TrackingStatus status(Handle handle, long documentId) {
        return handle.createQuery("SELECT last_success_at, failure_class, failure_message, failure_since, "
                        + "last_attempt_at FROM tracking_status WHERE document_id = :doc")
                .bind("doc", documentId)
                .map((rs, ctx) -> {
                    String label = rs.getString("failure_class");
                    Optional<TrackingStatus.CurrentFailure> current = label == null
                            ? Optional.empty()
                            : Optional.of(new TrackingStatus.CurrentFailure(
                                    FailureClass.fromLabel(label),
                                    rs.getString("failure_message"),
                                    Columns.instant(rs, "failure_since"),
                                    Columns.instant(rs, "last_attempt_at")));
                    return new TrackingStatus(Columns.optionalInstant(rs, "last_success_at"), current);
                })
                .findOne()
                .orElse(TrackingStatus.never());
    }

    static List<FailureRow> failures(Handle handle, long documentId, int limit) {
        return handle.createQuery("SELECT id, document_id, failed_at, failure_class, message, retry_after_millis "
                        + "FROM failures WHERE document_id = :doc ORDER BY failed_at DESC, id DESC LIMIT :limit")
                .bind("doc", documentId)
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    long retry = rs.getLong("retry_after_millis");
                    Optional<Duration> retryAfter =
                            rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofMillis(retry));
                    Failure failure = new Failure(
                            FailureClass.fromLabel(rs.getString("failure_class")), rs.getString("message"), retryAfter);
                    return new FailureRow(
                            rs.getLong("id"), rs.getLong("document_id"), Columns.instant(rs, "failed_at"), failure);
                })
                .list();
    }
}
