package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.common.Labels;
import org.clausewatch.history.Elsewhere;
import org.jdbi.v3.core.Handle;

/** SQL for moves of provisions between the documents of one service. */
final class DocumentMoves {
    private static final String RELATION = Labels.of(LineageRelation.Kind.MOVED_ACROSS_DOCUMENTS);

    private DocumentMoves() {}

    /**
     * Items of {@code kind} recorded between {@code from} and {@code to} for the service's documents other than
     * {@code documentId}, whose lineage no move between documents has claimed yet.
     */
    static List<Elsewhere> unpaired(
            Handle handle, String service, long documentId, ChangeItem.Kind kind, Instant from, Instant to) {
        return handle.createQuery("SELECT d.terms_type, i.lineage_id, i.path, "
                        + "COALESCE(i.after_text, i.before_text) AS text FROM change_items i "
                        + "JOIN changes c ON c.id = i.change_id JOIN documents d ON d.id = c.document_id "
                        + "WHERE d.service = :service AND d.id <> :document AND i.kind = :kind "
                        + "AND c.captured_at BETWEEN :from AND :to "
                        + "AND NOT EXISTS (SELECT 1 FROM lineage_relations r WHERE r.relation = :relation "
                        + "AND (r.from_lineage = i.lineage_id OR r.to_lineage = i.lineage_id)) "
                        + "ORDER BY c.captured_at, c.id, i.position")
                .bind("service", service)
                .bind("document", documentId)
                .bind("kind", Labels.of(kind))
                .bind("from", from.toEpochMilli())
                .bind("to", to.toEpochMilli())
                .bind("relation", RELATION)
                .map((rs, ctx) -> new Elsewhere(
                        rs.getString("lineage_id"),
                        rs.getString("terms_type"),
                        JsonColumns.strings(rs.getString("path")),
                        rs.getString("text")))
                .list();
    }

    /** The move between documents that {@code lineageId} took part in, on either side. */
    static Optional<DocumentMoveRow> of(Handle handle, String lineageId) {
        return handle.createQuery("SELECT r.version_id, r.from_lineage, r.to_lineage, "
                        + "(SELECT d.terms_type FROM provisions p JOIN versions v ON v.id = p.version_id "
                        + "JOIN documents d ON d.id = v.document_id WHERE p.lineage_id = r.from_lineage LIMIT 1) "
                        + "AS from_terms_type, "
                        + "(SELECT d.terms_type FROM provisions p JOIN versions v ON v.id = p.version_id "
                        + "JOIN documents d ON d.id = v.document_id WHERE p.lineage_id = r.to_lineage LIMIT 1) "
                        + "AS to_terms_type "
                        + "FROM lineage_relations r WHERE r.relation = :relation "
                        + "AND (r.from_lineage = :lineage OR r.to_lineage = :lineage) ORDER BY r.version_id LIMIT 1")
                .bind("relation", RELATION)
                .bind("lineage", lineageId)
                .map((rs, ctx) -> new DocumentMoveRow(
                        rs.getLong("version_id"),
                        rs.getString("from_terms_type"),
                        rs.getString("from_lineage"),
                        rs.getString("to_terms_type"),
                        rs.getString("to_lineage")))
                .findOne();
    }
}
