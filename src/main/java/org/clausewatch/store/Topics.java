package org.clausewatch.store;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** SQL for what the current documents of every service say on one topic. */
final class Topics {
    private Topics() {}

    /** The provisions of every document's latest version read as being on {@code topic}, by service and place. */
    static List<TopicProvisionRow> current(Handle handle, String readerVersion, String topic) {
        return handle.createQuery(
                        "SELECT d.service, d.terms_type, " + Provisions.COLUMNS + ", pt.confidence, r.severity "
                                + "FROM documents d JOIN versions v ON v.id = (SELECT l.id FROM versions l "
                                + "WHERE l.document_id = d.id ORDER BY l.captured_at DESC, l.id DESC LIMIT 1) "
                                + "JOIN provisions p ON p.version_id = v.id "
                                + "JOIN provision_topics pt ON pt.text_key = p.text_key AND pt.reader_version = :version "
                                + "AND pt.topic = :topic "
                                + "JOIN provision_readings r ON r.text_key = p.text_key AND r.reader_version = :version "
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
}
