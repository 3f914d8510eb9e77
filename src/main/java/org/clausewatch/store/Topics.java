package org.clausewatch.store;

import java.util.List;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;
import org.jdbi.v3.core.Handle;

/** SQL for what the current documents of every service say on one topic, and when they changed on it. */
final class Topics {
    private Topics() {}

    /** The provisions of every document's latest version read as being on {@code topic}, by service and place. */
    static List<TopicProvisionRow> current(Handle handle, String readerVersion, String topic) {
        return handle.createQuery(
                        "SELECT d.service, d.terms_type, " + Provisions.COLUMNS + ", pt.confidence, r.severity "
                                + "FROM documents d JOIN versions v ON v.id = (SELECT l.id FROM versions l "
                                + "WHERE l.document_id = d.id ORDER BY l.captured_at DESC, l.id DESC LIMIT 1) "
                                + "JOIN provisions p ON p.version_id = v.id "
                                + "JOIN provision_topics pt ON pt.reading_key = p.reading_key AND pt.reader_version = :version "
                                + "AND pt.topic = :topic "
                                + "JOIN provision_readings r ON r.reading_key = p.reading_key AND r.reader_version = :version "
                                + "JOIN provision_texts t ON t.sha256 = p.text_sha256 "
                                + "ORDER BY d.service, d.terms_type, p.position")
                .bind("version", readerVersion)
                .bind("topic", topic)
                .map((rs, ctx) -> new TopicProvisionRow(
                        rs.getString("service"),
                        rs.getString("terms_type"),
                        Provisions.ROW.map(rs, ctx),
                        rs.getDouble("confidence"),
                        Readings.severity(rs.getString("severity"))))
                .list();
    }

    /**
     * Every recorded change item whose provision was read as being on {@code topic} when the change was recorded, by
     * service and time. Items keep their topics as a JSON array of ids (["F1","D1"]); a quoted id matches only itself.
     * Items recorded before their topics were kept (migration V11) have none and are not found.
     */
    static List<TopicChangeRow> changes(Handle handle, String topic) {
        return handle.createQuery("SELECT d.service, d.terms_type, c.id, c.captured_at, c.flags, i.kind, "
                        + "i.significance, i.severity FROM change_items i JOIN changes c ON c.id = i.change_id "
                        + "JOIN documents d ON d.id = c.document_id WHERE i.topics LIKE :pattern "
                        + "ORDER BY d.service, c.captured_at, c.id, i.position")
                .bind("pattern", "%\"" + topic + "\"%")
                .map((rs, ctx) -> new TopicChangeRow(
                        rs.getString("service"),
                        rs.getString("terms_type"),
                        rs.getLong("id"),
                        Columns.instant(rs, "captured_at"),
                        Columns.flags(rs, "flags", ChangeRecord.Flag.class),
                        Columns.label(rs, "kind", ChangeItem.Kind.class),
                        Columns.label(rs, "significance", Significance.class),
                        Columns.optionalLabel(rs, "severity", Severity.class)))
                .list();
    }

    /**
     * For every document, the earliest version holding a provision read by {@code readerVersion} as being on {@code
     * topic}, by service and time. A document has one version per capture time, so the time names the version.
     */
    static List<TopicFirstRow> first(Handle handle, String readerVersion, String topic) {
        return handle.createQuery("SELECT d.service, d.terms_type, v.id, v.captured_at, "
                        + "(SELECT MIN(f.captured_at) FROM versions f WHERE f.document_id = d.id) AS recording_began "
                        + "FROM (SELECT s.document_id, MIN(s.captured_at) AS first_at FROM provision_topics pt "
                        + "JOIN provisions p ON p.reading_key = pt.reading_key JOIN versions s ON s.id = p.version_id "
                        + "WHERE pt.topic = :topic AND pt.reader_version = :version GROUP BY s.document_id) stated "
                        + "JOIN documents d ON d.id = stated.document_id "
                        + "JOIN versions v ON v.document_id = stated.document_id AND v.captured_at = stated.first_at "
                        + "ORDER BY d.service, v.captured_at, d.terms_type")
                .bind("version", readerVersion)
                .bind("topic", topic)
                .map((rs, ctx) -> new TopicFirstRow(
                        rs.getString("service"),
                        rs.getString("terms_type"),
                        rs.getLong("id"),
                        Columns.instant(rs, "captured_at"),
                        rs.getLong("captured_at") == rs.getLong("recording_began")))
                .list();
    }
}
