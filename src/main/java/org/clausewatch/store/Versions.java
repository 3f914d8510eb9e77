package org.clausewatch.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.clausewatch.version.VersionFlag;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * SQL for versions. The Markdown lives in {@code version_texts} so that listing versions never loads texts;
 * flags are one sorted, comma-separated column; capture links keep their order in {@code position}.
 */
final class Versions {
    private static final String COLUMNS = "id, document_id, captured_at, sha256, bytes, flags, extractor_version";

    /** A version row before its capture links are attached. */
    private record Head(
            long id,
            long documentId,
            Instant capturedAt,
            Sha256 sha256,
            long bytes,
            Set<VersionFlag> flags,
            String extractorVersion) {
        VersionRow with(List<Long> captureIds) {
            return new VersionRow(id, documentId, capturedAt, sha256, bytes, flags, extractorVersion, captureIds);
        }
    }

    private static final RowMapper<Head> HEAD = (rs, ctx) -> new Head(
            rs.getLong("id"),
            rs.getLong("document_id"),
            Columns.instant(rs, "captured_at"),
            Columns.sha256(rs, "sha256"),
            rs.getLong("bytes"),
            Columns.flags(rs, "flags", VersionFlag.class),
            rs.getString("extractor_version"));

    private Versions() {}

    static Optional<VersionRow> latest(Handle handle, long documentId) {
        return withLinks(handle, latestHead(handle, documentId));
    }

    /** The latest version's id and extraction key: what {@link #latest} reads, without the capture links. */
    static Optional<DocumentStanding.LatestVersion> latestStanding(Handle handle, long documentId) {
        return latestHead(handle, documentId)
                .map(head -> new DocumentStanding.LatestVersion(head.id(), head.extractorVersion()));
    }

    private static Optional<Head> latestHead(Handle handle, long documentId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM versions WHERE document_id = :doc "
                        + "ORDER BY captured_at DESC LIMIT 1")
                .bind("doc", documentId)
                .map(HEAD)
                .findOne();
    }

    static Optional<VersionRow> at(Handle handle, long documentId, Instant at) {
        return withLinks(
                handle,
                handle.createQuery("SELECT " + COLUMNS + " FROM versions WHERE document_id = :doc "
                                + "AND captured_at <= :at ORDER BY captured_at DESC LIMIT 1")
                        .bind("doc", documentId)
                        .bind("at", at.toEpochMilli())
                        .map(HEAD)
                        .findOne());
    }

    static Optional<VersionRow> byId(Handle handle, long versionId) {
        return withLinks(
                handle,
                handle.createQuery("SELECT " + COLUMNS + " FROM versions WHERE id = :id")
                        .bind("id", versionId)
                        .map(HEAD)
                        .findOne());
    }

    static List<VersionRow> all(Handle handle, long documentId) {
        List<Head> heads = handle.createQuery(
                        "SELECT " + COLUMNS + " FROM versions WHERE document_id = :doc " + "ORDER BY captured_at")
                .bind("doc", documentId)
                .map(HEAD)
                .list();
        Map<Long, List<Long>> links = new HashMap<>();
        handle.createQuery("SELECT l.version_id, l.capture_id FROM version_captures l "
                        + "JOIN versions v ON v.id = l.version_id WHERE v.document_id = :doc "
                        + "ORDER BY l.version_id, l.position")
                .bind("doc", documentId)
                .map((rs, ctx) -> Map.entry(rs.getLong("version_id"), rs.getLong("capture_id")))
                .forEach(link -> links.computeIfAbsent(link.getKey(), k -> new ArrayList<>())
                        .add(link.getValue()));
        return heads.stream()
                .map(h -> h.with(links.getOrDefault(h.id(), List.of())))
                .toList();
    }

    /** The digests of the document's {@code count} latest versions, oldest first. */
    static List<Sha256> recent(Handle handle, long documentId, int count) {
        return handle.createQuery("SELECT sha256 FROM versions WHERE document_id = :doc "
                        + "ORDER BY captured_at DESC LIMIT :count")
                .bind("doc", documentId)
                .bind("count", count)
                .map((rs, ctx) -> Columns.sha256(rs, "sha256"))
                .list()
                .reversed();
    }

    static Optional<String> markdown(Handle handle, long versionId) {
        return handle.createQuery("SELECT markdown FROM version_texts WHERE version_id = :id")
                .bind("id", versionId)
                .mapTo(String.class)
                .findOne();
    }

    static long insert(Handle handle, NewVersion version) {
        long id = insertHead(handle, version);
        insertTexts(handle, List.of(id), List.of(version));
        insertLinks(handle, List.of(id), List.of(version));
        return id;
    }

    private static long insertHead(Handle handle, NewVersion version) {
        return handle.createQuery("INSERT INTO versions (document_id, captured_at, sha256, bytes, flags, "
                        + "extractor_version) VALUES (:doc, :at, :sha256, :bytes, :flags, :extractor) RETURNING id")
                .bind("doc", version.documentId())
                .bind("at", version.capturedAt().toEpochMilli())
                .bind("sha256", version.sha256().hex())
                .bind("bytes", (long) version.markdown().getBytes(StandardCharsets.UTF_8).length)
                .bind("flags", Columns.flags(version.flags()))
                .bind("extractor", version.extractorVersion())
                .mapTo(Long.class)
                .one();
    }

    private static void insertTexts(Handle handle, List<Long> ids, List<NewVersion> versions) {
        PreparedBatch batch =
                handle.prepareBatch("INSERT INTO version_texts (version_id, markdown) VALUES (:id, :markdown)");
        for (int i = 0; i < ids.size(); i++) {
            batch.bind("id", ids.get(i))
                    .bind("markdown", versions.get(i).markdown())
                    .add();
        }
        batch.execute();
    }

    private static void insertLinks(Handle handle, List<Long> ids, List<NewVersion> versions) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO version_captures (version_id, position, capture_id) "
                + "VALUES (:id, :position, :capture)");
        int rows = 0;
        for (int i = 0; i < ids.size(); i++) {
            List<Long> captures = versions.get(i).captureIds();
            for (int position = 0; position < captures.size(); position++) {
                batch.bind("id", ids.get(i))
                        .bind("position", position)
                        .bind("capture", captures.get(position))
                        .add();
                rows++;
            }
        }
        if (rows > 0) {
            batch.execute();
        }
    }

    private static Optional<VersionRow> withLinks(Handle handle, Optional<Head> head) {
        return head.map(h -> h.with(
                handle.createQuery("SELECT capture_id FROM version_captures WHERE version_id = :id ORDER BY position")
                        .bind("id", h.id())
                        .mapTo(Long.class)
                        .list()));
    }
}
