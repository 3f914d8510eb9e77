package org.clausewatch.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausewatch.analysis.Label;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.reading.Reading;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * SQL for the readings of provisions, shared by every provision with the same words and lead-in (the same {@link
 * org.clausewatch.provision.Provision#readingKey reading key}).
 */
final class Readings {
    /** Keys per IN list: far below both dialects' limits on bound parameters. */
    private static final int CHUNK = 500;

    private static final RowMapper<Reading> ROW = (rs, ctx) -> new Reading(
            JsonColumns.labels(rs.getString("topics")),
            JsonColumns.labels(rs.getString("unfair")),
            severity(rs.getString("severity")),
            rs.getDouble("confidence"),
            rs.getBoolean("explicit"),
            rs.getString("rule"));

    /**
     * The severity column's value for a reading no rule grades. The column predates not-assessed readings and is NOT
     * NULL in both dialects, so not assessed has a spelling of its own rather than NULL.
     */
    static final String NOT_ASSESSED = "none";

    private Readings() {}

    /** The severity a reading's column holds: empty for a reading no rule grades. */
    static Optional<Severity> severity(String stored) {
        return stored.equals(NOT_ASSESSED)
                ? Optional.empty()
                : Optional.of(Columns.label(stored, "severity", Severity.class));
    }

    static void insert(Handle handle, NewReadings readings) {
        if (readings.readings().isEmpty()) {
            return;
        }
        PreparedBatch rows = handle.prepareBatch("INSERT INTO provision_readings (reading_key, reader_version, topics, "
                + "unfair, severity, confidence, explicit, rule) VALUES (:key, :version, :topics, :unfair, :severity, "
                + ":confidence, :explicit, :rule) ON CONFLICT (reading_key, reader_version) DO NOTHING");
        PreparedBatch topics = handle.prepareBatch("INSERT INTO provision_topics (reading_key, reader_version, topic, "
                + "confidence) VALUES (:key, :version, :topic, :confidence) "
                + "ON CONFLICT (reading_key, reader_version, topic) DO NOTHING");
        String version = readings.readerVersion();
        // in key order, so that two writers inserting overlapping wordings take their index locks in the same order
        Map<String, Reading> ordered = new TreeMap<>(readings.readings());
        ordered.forEach((key, reading) -> {
            rows.bind("key", key)
                    .bind("version", version)
                    .bind("topics", JsonColumns.labels(reading.topics()))
                    .bind("unfair", JsonColumns.labels(reading.unfair()))
                    .bind("severity", reading.severity().map(Labels::of).orElse(NOT_ASSESSED))
                    .bind("confidence", reading.confidence())
                    .bind("explicit", reading.explicit())
                    .bind("rule", reading.rule())
                    .add();
            for (Label topic : reading.topics()) {
                topics.bind("key", key)
                        .bind("version", version)
                        .bind("topic", topic.code())
                        .bind("confidence", topic.confidence())
                        .add();
            }
        });
        rows.execute();
        if (ordered.values().stream().anyMatch(r -> !r.topics().isEmpty())) {
            topics.execute();
        }
        handle.createUpdate("INSERT INTO reading_batches (readings) VALUES (:readings)")
                .bind("readings", ordered.size())
                .execute();
    }

    static Map<String, Reading> of(Handle handle, String readerVersion, Collection<String> keys) {
        Map<String, Reading> readings = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            handle.createQuery("SELECT reading_key, topics, unfair, severity, confidence, explicit, rule "
                            + "FROM provision_readings WHERE reader_version = :version AND reading_key IN (<keys>)")
                    .bind("version", readerVersion)
                    .bindList("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .map((rs, ctx) -> Map.entry(rs.getString("reading_key"), ROW.map(rs, ctx)))
                    .forEach(entry -> readings.put(entry.getKey(), entry.getValue()));
        }
        return readings;
    }

    /**
     * Up to {@code limit} wordings recorded in provisions without a reading of {@code readerVersion}. Provisions of one
     * reading key share their lead-in; of the Markdown spellings of their words the least is read, whichever came first.
     */
    static List<UnreadProvision> unread(Handle handle, String readerVersion, int limit) {
        return handle.createQuery("SELECT p.reading_key, MIN(t.text) AS text, MIN(p.context) AS context "
                        + "FROM provisions p JOIN provision_texts t ON t.sha256 = p.text_sha256 "
                        + "WHERE p.reading_key <> '' AND NOT EXISTS (SELECT 1 FROM provision_readings r "
                        + "WHERE r.reading_key = p.reading_key AND r.reader_version = :version) "
                        + "GROUP BY p.reading_key ORDER BY p.reading_key LIMIT :limit")
                .bind("version", readerVersion)
                .bind("limit", limit)
                .map((rs, ctx) -> new UnreadProvision(
                        rs.getString("reading_key"),
                        rs.getString("text"),
                        Optional.ofNullable(rs.getString("context"))))
                .list();
    }
}
