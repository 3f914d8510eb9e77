package org.clausewatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** SQL for change records and their items. */
final class Changes {
    private static final String SELECT = "SELECT c.id, c.document_id, d.service, d.terms_type, c.from_version_id, "
            + "f.captured_at AS from_captured_at, c.to_version_id, c.captured_at, c.significance, c.flags, c.summary, "
            + "c.topics, c.severity "
            + "FROM changes c JOIN documents d ON d.id = c.document_id JOIN versions f ON f.id = c.from_version_id ";

    static final RowMapper<ChangeRow> HEAD = (rs, ctx) -> new ChangeRow(
            rs.getLong("id"),
            new DocumentRow(rs.getLong("document_id"), rs.getString("service"), rs.getString("terms_type")),
            rs.getLong("from_version_id"),
            Store.instant(rs, "from_captured_at"),
            rs.getLong("to_version_id"),
            Store.instant(rs, "captured_at"),
            rs.getString("significance"),
            flags(rs.getString("flags")),
            rs.getString("summary"),
            List.of(),
            JsonColumns.strings(rs.getString("topics")),
            Optional.ofNullable(rs.getString("severity")));

    private static final String ITEM_COLUMNS =
            "i.kind, i.lineage_id, i.path, i.before_text, i.after_text, i.redline, " + "i.significance, i.summary ";

    static final RowMapper<ChangeItemRow> ITEM = (rs, ctx) -> new ChangeItemRow(
            rs.getString("kind"),
            rs.getString("lineage_id"),
            JsonColumns.strings(rs.getString("path")),
            Optional.ofNullable(rs.getString("before_text")),
            Optional.ofNullable(rs.getString("after_text")),
            JsonColumns.runs(rs.getString("redline")),
            rs.getString("significance"),
            rs.getString("summary"));

    private Changes() {}

    static long insert(
            Handle handle, long documentId, long fromVersionId, long toVersionId, Instant at, NewChange change) {
        long id = handle.createQuery("INSERT INTO changes (document_id, from_version_id, to_version_id, captured_at, "
                        + "significance, flags, summary, topics, severity) VALUES (:document, :from, :to, :at, "
                        + ":significance, :flags, :summary, :topics, :severity) RETURNING id")
                .bind("document", documentId)
                .bind("from", fromVersionId)
                .bind("to", toVersionId)
                .bind("at", at.toEpochMilli())
                .bind("significance", change.significance())
                .bind("flags", String.join(",", new TreeSet<>(change.flags())))
                .bind("summary", change.summary())
                .bind("topics", JsonColumns.write(change.topics()))
                .bind("severity", change.severity().orElse(null))
                .mapTo(Long.class)
                .one();
        insertItems(handle, id, change.items());
        return id;
    }

    private static void insertItems(Handle handle, long changeId, List<ChangeItemRow> items) {
        if (items.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO change_items (change_id, position, kind, lineage_id, "
                + "path, before_text, after_text, redline, significance, summary) VALUES (:change, :position, :kind, "
                + ":lineage, :path, :before, :after, :redline, :significance, :summary)");
        for (int i = 0; i < items.size(); i++) {
            ChangeItemRow item = items.get(i);
            batch.bind("change", changeId)
                    .bind("position", i)
                    .bind("kind", item.kind())
                    .bind("lineage", item.lineageId())
                    .bind("path", JsonColumns.write(item.path()))
                    .bind("before", item.before().orElse(null))
                    .bind("after", item.after().orElse(null))
                    .bind("redline", item.redline().isEmpty() ? null : JsonColumns.write(item.redline()))
                    .bind("significance", item.significance())
                    .bind("summary", item.summary())
                    .add();
        }
        batch.execute();
    }

    /**
     * Changes oldest first, optionally of one document and from a time on, each with its items: the items of all of
     * them are read in one query, not one query per change.
     */
    static List<ChangeRow> list(Handle handle, Optional<Long> documentId, Optional<Instant> since) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        documentId.ifPresent(id -> where.append("AND c.document_id = :document "));
        since.ifPresent(at -> where.append("AND c.captured_at >= :since "));
        List<ChangeRow> heads = bind(
                        handle.createQuery(SELECT + where + "ORDER BY c.captured_at, c.id"), documentId, since)
                .map(HEAD)
                .list();
        Map<Long, List<ChangeItemRow>> items = new HashMap<>();
        bind(
                        handle.createQuery("SELECT i.change_id, " + ITEM_COLUMNS + "FROM change_items i JOIN changes c "
                                + "ON c.id = i.change_id " + where + "ORDER BY i.change_id, i.position"),
                        documentId,
                        since)
                .map((rs, ctx) -> Map.entry(rs.getLong("change_id"), ITEM.map(rs, ctx)))
                .forEach(row -> items.computeIfAbsent(row.getKey(), id -> new ArrayList<>())
                        .add(row.getValue()));
        return heads.stream()
                .map(head -> withItems(head, items.getOrDefault(head.id(), List.of())))
                .toList();
    }

    private static Query bind(Query query, Optional<Long> documentId, Optional<Instant> since) {
        documentId.ifPresent(id -> query.bind("document", id));
        since.ifPresent(at -> query.bind("since", at.toEpochMilli()));
        return query;
    }

    static Optional<ChangeRow> intoVersion(Handle handle, long versionId) {
        return handle.createQuery(SELECT + "WHERE c.to_version_id = :version")
                .bind("version", versionId)
                .map(HEAD)
                .findOne()
                .map(head -> withItems(handle, head));
    }

    static Optional<ChangeRow> byId(Handle handle, long id) {
        return handle.createQuery(SELECT + "WHERE c.id = :id")
                .bind("id", id)
                .map(HEAD)
                .findOne()
                .map(head -> withItems(handle, head));
    }

    private static ChangeRow withItems(Handle handle, ChangeRow head) {
        return withItems(
                head,
                handle.createQuery("SELECT " + ITEM_COLUMNS + "FROM change_items i WHERE i.change_id = :change "
                                + "ORDER BY i.position")
                        .bind("change", head.id())
                        .map(ITEM)
                        .list());
    }

    private static ChangeRow withItems(ChangeRow head, List<ChangeItemRow> items) {
        return new ChangeRow(
                head.id(),
                head.document(),
                head.fromVersionId(),
                head.fromCapturedAt(),
                head.toVersionId(),
                head.toCapturedAt(),
                head.significance(),
                head.flags(),
                head.summary(),
                items,
                head.topics(),
                head.severity());
    }

    static Set<String> flags(String column) {
        return column.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(column.split(",")));
    }
}
