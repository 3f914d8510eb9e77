package org.clausewatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.reading.ExplainedChange;
import org.clausewatch.reading.ItemMeaning;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** SQL for change records and their items. */
final class Changes {
    /** The columns {@link #HEAD} reads, from {@code changes c}, {@code documents d} and the from-version {@code f}. */
    static final String HEAD_COLUMNS = "c.id, c.document_id, d.service, d.terms_type, c.from_version_id, "
            + "f.captured_at AS from_captured_at, c.to_version_id, c.captured_at, c.significance, c.flags, c.summary, "
            + "c.topics, c.severity ";

    static final String FROM =
            "FROM changes c JOIN documents d ON d.id = c.document_id " + "JOIN versions f ON f.id = c.from_version_id ";

    private static final String SELECT = "SELECT " + HEAD_COLUMNS + FROM;

    /** A change record without its items. */
    static final RowMapper<ChangeRow> HEAD = (rs, ctx) -> new ChangeRow(
            rs.getLong("id"),
            Documents.row(rs, "document_id"),
            rs.getLong("from_version_id"),
            Columns.instant(rs, "from_captured_at"),
            rs.getLong("to_version_id"),
            Columns.instant(rs, "captured_at"),
            Columns.label(rs, "significance", Significance.class),
            Columns.flags(rs, "flags", ChangeRecord.Flag.class),
            rs.getString("summary"),
            List.of(),
            JsonColumns.strings(rs.getString("topics")),
            Columns.optionalLabel(rs, "severity", Severity.class));

    /** The columns {@link #ITEM} reads, from {@code change_items i}. */
    static final String ITEM_COLUMNS =
            "i.kind, i.lineage_id, i.path, i.before_text, i.after_text, i.redline, i.significance, i.summary, "
                    + "i.topics, i.severity, i.attribute_changes ";

    static final RowMapper<ChangeItemRow> ITEM = (rs, ctx) -> new ChangeItemRow(
            Columns.label(rs, "kind", ChangeItem.Kind.class),
            rs.getString("lineage_id"),
            JsonColumns.strings(rs.getString("path")),
            Optional.ofNullable(rs.getString("before_text")),
            Optional.ofNullable(rs.getString("after_text")),
            JsonColumns.redline(rs.getString("redline")),
            Columns.label(rs, "significance", Significance.class),
            rs.getString("summary"),
            JsonColumns.strings(rs.getString("topics")),
            Columns.optionalLabel(rs, "severity", Severity.class),
            JsonColumns.attributeChanges(rs.getString("attribute_changes")));

    private Changes() {}

    /** Inserts the change record and its items; returns the record's id. */
    static long insert(
            Handle handle, long documentId, long fromVersionId, long toVersionId, Instant at, ExplainedChange change) {
        ChangeRecord record = change.record();
        long id = handle.createQuery("INSERT INTO changes (document_id, from_version_id, to_version_id, captured_at, "
                        + "significance, flags, summary, topics, severity) VALUES (:document, :from, :to, :at, "
                        + ":significance, :flags, :summary, :topics, :severity) RETURNING id")
                .bind("document", documentId)
                .bind("from", fromVersionId)
                .bind("to", toVersionId)
                .bind("at", at.toEpochMilli())
                .bind("significance", Labels.of(record.significance()))
                .bind("flags", Columns.flags(record.flags()))
                .bind("summary", record.summary())
                .bind("topics", JsonColumns.write(change.topics()))
                .bind("severity", change.severity().map(Labels::of).orElse(null))
                .mapTo(Long.class)
                .one();
        insertItems(handle, id, change);
        return id;
    }

    private static void insertItems(Handle handle, long changeId, ExplainedChange change) {
        List<ChangeItem> items = change.record().items();
        if (items.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO change_items (change_id, position, kind, lineage_id, "
                + "path, before_text, after_text, redline, significance, summary, topics, severity, attribute_changes) "
                + "VALUES (:change, :position, :kind, :lineage, :path, :before, :after, :redline, :significance, "
                + ":summary, :topics, :severity, :attributeChanges)");
        for (int i = 0; i < items.size(); i++) {
            ChangeItem item = items.get(i);
            ItemMeaning meaning = change.items().get(i);
            batch.bind("change", changeId)
                    .bind("position", i)
                    .bind("kind", Labels.of(item.kind()))
                    .bind("lineage", item.lineageId())
                    .bind("path", JsonColumns.write(item.path()))
                    .bind("before", item.before().orElse(null))
                    .bind("after", item.after().orElse(null))
                    .bind("redline", JsonColumns.redline(item.redline()))
                    .bind("significance", Labels.of(item.significance()))
                    .bind("summary", item.summary())
                    .bind("topics", JsonColumns.write(meaning.topics()))
                    .bind("severity", meaning.severity().map(Labels::of).orElse(null))
                    .bind("attributeChanges", JsonColumns.attributeChanges(meaning.attributeChanges()))
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
                .map(head -> head.with(items.getOrDefault(head.id(), List.of())))
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
        return head.with(handle.createQuery("SELECT " + ITEM_COLUMNS
                        + "FROM change_items i WHERE i.change_id = :change ORDER BY i.position")
                .bind("change", head.id())
                .map(ITEM)
                .list());
    }
}
