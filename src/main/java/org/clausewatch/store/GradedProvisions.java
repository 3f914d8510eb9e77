package org.clausewatch.store;

import java.util.Collection;
import java.util.List;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.jdbi.v3.core.Handle;

/** SQL for the provisions of a service's current documents graded at given severities. */
final class GradedProvisions {
    private GradedProvisions() {}

    /**
     * The provisions of the latest version of each of {@code service}'s documents whose reading by
     * {@code readerVersion} has one of {@code severities}, by terms type and place. Only the graded rows leave the
     * database: a service page asked for every current provision and reading before, thousands for a large service.
     */
    static List<GradedProvisionRow> current(
            Handle handle, String readerVersion, String service, Collection<Severity> severities) {
        if (severities.isEmpty()) {
            return List.of();
        }
        return handle.createQuery("SELECT d.service, d.terms_type, " + Provisions.COLUMNS + ", r.severity "
                        + "FROM documents d JOIN versions v ON v.id = (SELECT l.id FROM versions l "
                        + "WHERE l.document_id = d.id ORDER BY l.captured_at DESC, l.id DESC LIMIT 1) "
                        + "JOIN provisions p ON p.version_id = v.id "
                        + "JOIN provision_readings r ON r.reading_key = p.reading_key AND r.reader_version = :version "
                        + "AND r.severity IN (<severities>) "
                        + "JOIN provision_texts t ON t.sha256 = p.text_sha256 "
                        + "WHERE d.service = :service ORDER BY d.terms_type, p.position")
                .bind("version", readerVersion)
                .bind("service", service)
                .bindList("severities", severities.stream().map(Labels::of).toList())
                .map((rs, ctx) -> new GradedProvisionRow(
                        rs.getString("service"),
                        rs.getString("terms_type"),
                        Provisions.ROW.map(rs, ctx),
                        Columns.label(rs.getString("severity"), "severity", Severity.class)))
                .list();
    }
}
