package org.clausewatch.store;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL for the readings of provisions, shared by every provision with the same words. */
final class Readings {
    /** Keys per IN list: far below both dialects' limits on bound parameters. */
    private static final int CHUNK = 500;

    private Readings() {}

    static void insert(Handle handle, String readerVersion, List<ReadingRow> readings) {
        if (readings.isEmpty()) {
            return;
        }
        PreparedBatch rows = handle.prepareBatch("INSERT INTO provision_readings (text_key, reader_version, topics, "
                + "unfair, severity, confidence, explicit, rule) VALUES (:key, :version, :topics, :unfair, :severity, "
                + ":confidence, :explicit, :rule) ON CONFLICT (text_key, reader_version) DO NOTHING");
        PreparedBatch topics = handle.prepareBatch("INSERT INTO provision_topics (text_key, reader_version, topic, "
                + "confidence) VALUES (:key, :version, :topic, :confidence) "
                + "ON CONFLICT (text_key, reader_version, topic) DO NOTHING");
        // in key order, so that two writers inserting overlapping wordings take their index locks in the same order
        List<ReadingRow> ordered = readings.stream()
                .sorted(Comparator.comparing(ReadingRow::textKey))
                .toList();
        for (ReadingRow reading : ordered) {
            rows.bind("key", reading.textKey())
                    .bind("version", readerVersion)
                    .bind("topics", JsonColumns.write(reading.topics()))
                    .bind("unfair", JsonColumns.write(reading.unfair()))
                    .bind("severity", reading.severity())
                    .bind("confidence", reading.confidence())
                    .bind("explicit", reading.explicit())
                    .bind("rule", reading.rule())
                    .add();
            for (LabelRow topic : reading.topics()) {
                topics.bind("key", reading.textKey())
                        .bind("version", readerVersion)
                        .bind("topic", topic.code())
                        .bind("confidence", topic.confidence())
                        .add();
            }
        }
        rows.execute();
        if (readings.stream().anyMatch(r -> !r.topics().isEmpty())) {
            topics.execute();
        }
        handle.createUpdate("INSERT INTO reading_batches (readings) VALUES (:readings)")
                .bind("readings", readings.size())
                .execute();
    }

    static Map<String, ReadingRow> of(Handle handle, String readerVersion, Collection<String> keys) {
        Map<String, ReadingRow> readings = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            handle.createQuery("SELECT text_key, topics, unfair, severity, confidence, explicit, rule "
                            + "FROM provision_readings WHERE reader_version = :version AND text_key IN (<keys>)")
                    .bind("version", readerVersion)
                    .bindList("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .map((rs, ctx) -> new ReadingRow(
                            rs.getString("text_key"),
                            JsonColumns.labels(rs.getString("topics")),
                            JsonColumns.labels(rs.getString("unfair")),
                            rs.getString("severity"),
                            rs.getDouble("confidence"),
                            rs.getBoolean("explicit"),
                            rs.getString("rule")))
                    .forEach(row -> readings.put(row.textKey(), row));
        }
        return readings;
    }

    /** Up to {@code limit} wordings recorded in provisions without a reading of {@code readerVersion}. */
    static List<UnreadProvision> unread(Handle handle, String readerVersion, int limit) {
        return handle.createQuery("SELECT p.text_key, MIN(t.text) AS text, MIN(p.context) AS context "
                        + "FROM provisions p JOIN provision_texts t ON t.sha256 = p.text_sha256 "
                        + "WHERE p.text_key <> '' AND NOT EXISTS (SELECT 1 FROM provision_readings r "
                        + "WHERE r.text_key = p.text_key AND r.reader_version = :version) "
                        + "GROUP BY p.text_key ORDER BY p.text_key LIMIT :limit")
                .bind("version", readerVersion)
                .bind("limit", limit)
                .map((rs, ctx) -> new UnreadProvision(
                        rs.getString("text_key"), rs.getString("text"), Optional.ofNullable(rs.getString("context"))))
                .list();
    }
}
