package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for the captures table. */
final class Captures {
    private static final String COLUMNS = "id, document_id, url, fetched_at, status, media_type, payload_sha256, "
            + "payload_bytes, etag, last_modified, warc_file, warc_offset, warc_length, warc_record_id, revisit, rendered";

    static final RowMapper<CaptureRow> ROW = (rs, ctx) -> {
        long documentId = rs.getLong("document_id");
        Optional<Long> document = rs.wasNull() ? Optional.empty() : Optional.of(documentId);
        return new CaptureRow(
                rs.getLong("id"),
                document,
                rs.getString("url"),
                Columns.instant(rs, "fetched_at"),
                rs.getInt("status"),
                rs.getString("media_type"),
                Columns.sha256(rs, "payload_sha256"),
                rs.getLong("payload_bytes"),
                Optional.ofNullable(rs.getString("etag")),
                Optional.ofNullable(rs.getString("last_modified")),
                rs.getString("warc_file"),
                rs.getLong("warc_offset"),
                rs.getLong("warc_length"),
                rs.getString("warc_record_id"),
                rs.getBoolean("revisit"),
                rs.getBoolean("rendered"));
    };

    private Captures() {}

    /** The columns {@link #ROW} reads, qualified by {@code alias}, for queries that join captures to another table. */
    static String columnsOf(String alias) {
        return java.util.Arrays.stream(COLUMNS.split(", "))
                .map(column -> alias + "." + column)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static long insert(Handle handle, NewCapture capture) {
        return handle.createQuery("INSERT INTO captures (document_id, url, fetched_at, status, media_type, "
                        + "payload_sha256, payload_bytes, etag, last_modified, warc_file, warc_offset, warc_length, "
                        + "warc_record_id, revisit, rendered) VALUES (:documentId, :url, :fetchedAt, :status, "
                        + ":mediaType, :sha256, :payloadBytes, :etag, :lastModified, :warcFile, :warcOffset, "
                        + ":warcLength, :warcRecordId, :revisit, :rendered) RETURNING id")
                .bind("documentId", capture.documentId().orElse(null))
                .bind("url", capture.url())
                .bind("fetchedAt", capture.fetchedAt().toEpochMilli())
                .bind("status", capture.status())
                .bind("mediaType", capture.mediaType())
                .bind("sha256", capture.payloadDigest().hex())
                .bind("payloadBytes", capture.payloadBytes())
                .bind("etag", capture.etag().orElse(null))
                .bind("lastModified", capture.lastModified().orElse(null))
                .bind("warcFile", capture.warcFile())
                .bind("warcOffset", capture.warcOffset())
                .bind("warcLength", capture.warcLength())
                .bind("warcRecordId", capture.warcRecordId())
                .bind("revisit", capture.revisit())
                .bind("rendered", capture.rendered())
                .mapTo(Long.class)
                .one();
    }

    /** Ties on the millisecond are broken by id, so the capture recorded last wins. */
    static Optional<CaptureRow> latest(Handle handle, String url) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM captures WHERE url = :url "
                        + "ORDER BY fetched_at DESC, id DESC LIMIT 1")
                .bind("url", url)
                .map(ROW)
                .findOne();
    }

    static List<CaptureRow> ofUrl(Handle handle, String url) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM captures WHERE url = :url ORDER BY fetched_at, id")
                .bind("url", url)
                .map(ROW)
                .list();
    }

    static List<CaptureRow> page(Handle handle, long afterId, int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM captures WHERE id > :afterId ORDER BY id LIMIT :limit")
                .bind("afterId", afterId)
                .bind("limit", limit)
                .map(ROW)
                .list();
    }

    static Optional<CaptureRow> byId(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM captures WHERE id = :id")
                .bind("id", id)
                .map(ROW)
                .findOne();
    }

    static Optional<CaptureRow> fullCaptureOf(Handle handle, Sha256 payload, Instant notAfter) {
        return handle.createQuery(
                        "SELECT " + COLUMNS + " FROM captures WHERE payload_sha256 = :sha256 "
                                + "AND revisit = :revisit AND fetched_at <= :notAfter ORDER BY fetched_at DESC, id DESC LIMIT 1")
                .bind("sha256", payload.hex())
                .bind("revisit", false)
                .bind("notAfter", notAfter.toEpochMilli())
                .map(ROW)
                .findOne();
    }
}
