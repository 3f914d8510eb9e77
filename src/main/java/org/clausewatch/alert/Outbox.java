package org.clausewatch.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewatch.store.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The alert outbox and its delivery attempts, in explicit SQL. */
public final class Outbox {
    /** Where an alert stands. */
    public enum Status {
        /** Waiting for its first attempt (or its digest slot). */
        PENDING,
        /** Failed at least once; tried again at its due time. */
        RETRYING,
        DELIVERED,
        /** Failed on every try: kept, shown, never tried again. */
        DEAD,
        /** Its subscription was deleted before it went out. */
        CANCELLED,
        /** A feed alert: visible in the subscription's feed. */
        PUBLISHED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One alert row. */
    public record Row(
            long id,
            long subscriptionId,
            long changeId,
            String idempotencyKey,
            Optional<String> digestKey,
            String payload,
            Status status,
            int attempts,
            Instant dueAt,
            Instant createdAt,
            Optional<Instant> deliveredAt,
            Optional<String> lastError) {}

    /** One delivery attempt of an alert. */
    public record Attempt(Instant at, String outcome, String detail) {}

    private static final String COLUMNS = "id, subscription_id, change_id, idempotency_key, digest_key, payload, "
            + "status, attempts, due_at, created_at, delivered_at, last_error";

    /** The key an alert is sent under: a digest's shared key, or the alert's own. */
    private static final String KEY = "COALESCE(digest_key, idempotency_key)";

    private static final String CLAIMABLE = "status IN ('pending', 'retrying') AND due_at <= :now "
            + "AND (claim_expires_at IS NULL OR claim_expires_at <= :now)";

    private final Jdbi reads;
    private final Jdbi writes;
    private final Dialect dialect;

    Outbox(Jdbi reads, Jdbi writes, Dialect dialect) {
        this.reads = reads;
        this.writes = writes;
        this.dialect = dialect;
    }

    /**
     * The delivery keys (digest key, else idempotency key) of alerts due at {@code now} that no live claim holds,
     * oldest due first. Only a hint: {@link #claim} decides who sends what.
     */
    List<String> dueKeys(Instant now, int limit) {
        return reads.withHandle(handle -> handle.createQuery("SELECT " + KEY + " AS delivery_key, MIN(due_at) AS due,"
                        + " MIN(id) AS first FROM outbox WHERE " + CLAIMABLE + " GROUP BY " + KEY
                        + " ORDER BY due, first LIMIT :limit")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
    }

    /**
     * Claims every due, unclaimed alert sent under {@code key} for {@code worker} until {@code leaseUntil} and
     * returns them in id order; empty when another worker holds them. A digest's alerts are claimed all together,
     * never shared out: on PostgreSQL a worker first locks the group's lowest row with {@code FOR UPDATE SKIP
     * LOCKED} (a second worker skips it and goes on to other alerts instead of waiting) and claims the group only
     * when it got that row; SQLite runs one writing transaction at a time, which is the lock.
     */
    List<Row> claim(String key, String worker, Instant now, Instant leaseUntil) {
        return writes.inTransaction(handle -> {
            if (dialect == Dialect.POSTGRESQL && !lockedHead(handle, key, now)) {
                return List.of();
            }
            return handle
                    .createQuery("UPDATE outbox SET claimed_by = :worker, claim_expires_at = :lease WHERE " + KEY
                            + " = :key AND " + CLAIMABLE + " RETURNING " + COLUMNS)
                    .bind("worker", worker)
                    .bind("lease", leaseUntil.toEpochMilli())
                    .bind("key", key)
                    .bind("now", now.toEpochMilli())
                    .map(Outbox::row)
                    .list()
                    .stream()
                    .sorted(Comparator.comparingLong(Row::id))
                    .toList();
        });
    }

    /**
     * Whether this transaction now holds the lowest claimable alert of the group. The lowest id is read first and
     * locked on its own: locking "the lowest not locked" would hand a second worker the group's next row.
     */
    private static boolean lockedHead(Handle handle, String key, Instant now) {
        Optional<Long> head = handle.createQuery(
                        "SELECT id FROM outbox WHERE " + KEY + " = :key AND " + CLAIMABLE + " ORDER BY id LIMIT 1")
                .bind("key", key)
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .findOne();
        return head.isPresent()
                && handle.createQuery(
                                "SELECT id FROM outbox WHERE id = :id AND " + CLAIMABLE + " FOR UPDATE SKIP LOCKED")
                        .bind("id", head.orElseThrow())
                        .bind("now", now.toEpochMilli())
                        .mapTo(Long.class)
                        .findOne()
                        .isPresent();
    }

    void delivered(List<Row> rows, Instant at, String detail) {
        writes.useTransaction(handle -> {
            for (Row row : rows) {
                handle.createUpdate(
                                "UPDATE outbox SET status = 'delivered', attempts = attempts + 1, "
                                        + "delivered_at = :at, last_error = NULL, claimed_by = NULL, claim_expires_at = NULL WHERE id = :id")
                        .bind("at", at.toEpochMilli())
                        .bind("id", row.id())
                        .execute();
                attempt(handle, row.id(), at, "delivered", detail);
            }
        });
    }

    /** Records a failed attempt: tried again at {@code retryAt}, or dead when there is none. */
    void failed(List<Row> rows, Instant at, String error, Optional<Instant> retryAt) {
        String status = retryAt.isPresent() ? Status.RETRYING.label() : Status.DEAD.label();
        writes.useTransaction(handle -> {
            for (Row row : rows) {
                handle.createUpdate("UPDATE outbox SET status = :status, attempts = attempts + 1, due_at = :due, "
                                + "last_error = :error, claimed_by = NULL, claim_expires_at = NULL WHERE id = :id")
                        .bind("status", status)
                        .bind("due", retryAt.orElse(row.dueAt()).toEpochMilli())
                        .bind("error", error)
                        .bind("id", row.id())
                        .execute();
                attempt(handle, row.id(), at, retryAt.isPresent() ? "failed" : "dead", error);
            }
        });
    }

    /** The subscription's alerts, newest first. */
    public List<Row> ofSubscription(long subscriptionId, int limit) {
        return reads.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM outbox WHERE subscription_id = :subscription ORDER BY id DESC LIMIT :limit")
                .bind("subscription", subscriptionId)
                .bind("limit", limit)
                .map(Outbox::row)
                .list());
    }

    public List<Attempt> attempts(long outboxId) {
        return reads.withHandle(handle -> handle.createQuery("SELECT attempted_at, outcome, detail FROM "
                        + "delivery_attempts WHERE outbox_id = :id ORDER BY id")
                .bind("id", outboxId)
                .map((rs, ctx) -> new Attempt(
                        Instant.ofEpochMilli(rs.getLong("attempted_at")),
                        rs.getString("outcome"),
                        rs.getString("detail")))
                .list());
    }

    private static void attempt(Handle handle, long outboxId, Instant at, String outcome, String detail) {
        handle.createUpdate("INSERT INTO delivery_attempts (outbox_id, attempted_at, outcome, detail) "
                        + "VALUES (:id, :at, :outcome, :detail)")
                .bind("id", outboxId)
                .bind("at", at.toEpochMilli())
                .bind("outcome", outcome)
                .bind("detail", detail)
                .execute();
    }

    private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        long delivered = rs.getLong("delivered_at");
        Optional<Instant> deliveredAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(delivered));
        return new Row(
                rs.getLong("id"),
                rs.getLong("subscription_id"),
                rs.getLong("change_id"),
                rs.getString("idempotency_key"),
                Optional.ofNullable(rs.getString("digest_key")),
                rs.getString("payload"),
                Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("due_at")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                deliveredAt,
                Optional.ofNullable(rs.getString("last_error")));
    }
}
