package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for the custody chain's links as rows, and for the timestamp tokens kept with them and the failed requests. */
final class CustodyStamps {
    private static final String LINK_COLUMNS =
            "l.seq, l.capture_id, l.previous_hash, l.hash, " + Captures.columnsOf("c");
    private static final String LINKS = "custody_log l JOIN captures c ON c.id = l.capture_id";

    private static final RowMapper<CustodyLinkRow> LINK = (rs, ctx) -> {
        long seq = rs.getLong("seq");
        String previous = rs.getString("previous_hash");
        CaptureRow capture = Captures.ROW.map(rs, ctx);
        return new CustodyLinkRow(
                seq,
                rs.getLong("capture_id"),
                new Sha256(previous),
                Columns.sha256(rs, "hash"),
                Custody.entry(seq, previous, capture),
                capture.fetchedAt());
    };

    private static final RowMapper<CustodyStampRow> STAMP = (rs, ctx) -> new CustodyStampRow(
            LINK.map(rs, ctx),
            Bytes.wrap(rs.getBytes("token")),
            rs.getString("authority"),
            Columns.instant(rs, "stamped_at"),
            Columns.instant(rs, "requested_at"));

    private CustodyStamps() {}

    static Optional<CustodyLinkRow> head(Handle handle) {
        return handle.createQuery("SELECT " + LINK_COLUMNS + " FROM " + LINKS + " ORDER BY l.seq DESC LIMIT 1")
                .map(LINK)
                .findOne();
    }

    static Optional<CustodyLinkRow> linkOf(Handle handle, long captureId) {
        return handle.createQuery("SELECT " + LINK_COLUMNS + " FROM " + LINKS + " WHERE l.capture_id = :capture")
                .bind("capture", captureId)
                .map(LINK)
                .findOne();
    }

    static List<CustodyLinkRow> links(Handle handle, long fromSeq, long toSeq) {
        return handle.createQuery("SELECT " + LINK_COLUMNS + " FROM " + LINKS
                        + " WHERE l.seq >= :from AND l.seq <= :to ORDER BY l.seq")
                .bind("from", fromSeq)
                .bind("to", toSeq)
                .map(LINK)
                .list();
    }

    static List<CustodyStampRow> all(Handle handle) {
        return handle.createQuery(stampQuery("") + " ORDER BY l.seq").map(STAMP).list();
    }

    /** The first token kept with a link at or after {@code seq}: it covers that link and every one before. */
    static Optional<CustodyStampRow> covering(Handle handle, long seq) {
        return handle.createQuery(stampQuery("WHERE t.seq >= :seq") + " ORDER BY t.seq LIMIT 1")
                .bind("seq", seq)
                .map(STAMP)
                .findOne();
    }

    static Optional<CustodyStampRow> latest(Handle handle) {
        return handle.createQuery(stampQuery("") + " ORDER BY t.seq DESC LIMIT 1")
                .map(STAMP)
                .findOne();
    }

    private static String stampQuery(String where) {
        return "SELECT " + LINK_COLUMNS + ", t.token, t.authority, t.stamped_at, t.requested_at FROM " + LINKS
                + " JOIN custody_timestamps t ON t.seq = l.seq " + where;
    }

    static void insert(Handle handle, long seq, NewCustodyStamp stamp) {
        handle.createUpdate("INSERT INTO custody_timestamps (seq, token, authority, stamped_at, requested_at) "
                        + "VALUES (:seq, :token, :authority, :stampedAt, :requestedAt)")
                .bind("seq", seq)
                .bind("token", stamp.token().toArray())
                .bind("authority", stamp.authority())
                .bind("stampedAt", stamp.stampedAt().toEpochMilli())
                .bind("requestedAt", stamp.requestedAt().toEpochMilli())
                .execute();
    }

    static void insertFailure(Handle handle, long seq, String authority, Instant at, String message) {
        handle.createUpdate("INSERT INTO custody_timestamp_failures (seq, authority, attempted_at, message) "
                        + "VALUES (:seq, :authority, :at, :message)")
                .bind("seq", seq)
                .bind("authority", authority)
                .bind("at", at.toEpochMilli())
                .bind("message", message)
                .execute();
    }

    /** When a token was last asked for, whether it came or not; requests are spaced by it. */
    static Optional<Instant> lastAttempt(Handle handle) {
        return handle.createQuery("SELECT MAX(at) AS at FROM (SELECT MAX(requested_at) AS at FROM custody_timestamps "
                        + "UNION ALL SELECT MAX(attempted_at) AS at FROM custody_timestamp_failures) attempts")
                .map((rs, ctx) -> Columns.optionalInstant(rs, "at"))
                .one();
    }

    static List<TimestampFailureRow> failures(Handle handle, int limit) {
        return handle.createQuery("SELECT seq, authority, attempted_at, message FROM custody_timestamp_failures "
                        + "ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new TimestampFailureRow(
                        rs.getLong("seq"),
                        rs.getString("authority"),
                        Columns.instant(rs, "attempted_at"),
                        rs.getString("message")))
                .list();
    }
}
