package org.clausewatch.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.common.Labels;
import org.clausewatch.common.Memo;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.EarlierVersion;
import org.clausewatch.provision.LineagedProvision;
import org.clausewatch.provision.Provision;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL for provisions, their shared texts and lineage relations. */
final class Provisions {
    /** The columns {@link #ROW} reads, from {@code provisions p} and {@code provision_texts t}. */
    static final String COLUMNS =
            "p.version_id, p.position, p.lineage_id, p.page, p.kind, p.path, p.context, t.text, p.text_key ";

    static final String FROM = "FROM provisions p JOIN provision_texts t ON t.sha256 = p.text_sha256 ";

    private static final String SELECT = "SELECT " + COLUMNS + FROM;

    /**
     * Provision texts whose digest is remembered: each version writes all its provisions, and consecutive versions of
     * a document share almost all of them.
     */
    private static final Memo<String, String> DIGESTS =
            new Memo<>(10_000, text -> Sha256.of(text).hex());

    static final RowMapper<ProvisionRow> ROW = (rs, ctx) -> new ProvisionRow(
            rs.getLong("version_id"),
            rs.getInt("position"),
            rs.getString("lineage_id"),
            rs.getInt("page"),
            Columns.label(rs, "kind", Provision.Kind.class),
            JsonColumns.strings(rs.getString("path")),
            Optional.ofNullable(rs.getString("context")),
            rs.getString("text"),
            rs.getString("text_key"));

    private Provisions() {}

    /**
     * Inserts a version's provisions, and their texts not yet stored. {@code textsWritten}: the digests of texts this
     * transaction already inserted, added to here; consecutive versions of an imported history share almost all their
     * provisions, and each text bound again cost its conversion to UTF-8 and a look-up in the digest index.
     */
    static void insert(Handle handle, long versionId, List<LineagedProvision> provisions, Set<String> textsWritten) {
        if (provisions.isEmpty()) {
            return;
        }
        PreparedBatch texts = handle.prepareBatch(
                "INSERT INTO provision_texts (sha256, text) VALUES (:sha256, :text) ON CONFLICT (sha256) DO NOTHING");
        PreparedBatch rows =
                handle.prepareBatch("INSERT INTO provisions (version_id, position, lineage_id, page, kind, "
                        + "path, context, text_sha256, text_key, reading_key) VALUES (:version, :position, :lineage, :page, "
                        + ":kind, :path, :context, :sha256, :key, :readingKey)");
        for (LineagedProvision lineaged : provisions) {
            Provision provision = lineaged.provision();
            String sha256 = DIGESTS.get(provision.text());
            if (textsWritten.add(sha256)) {
                texts.bind("sha256", sha256).bind("text", provision.text()).add();
            }
            rows.bind("version", versionId)
                    .bind("position", provision.position())
                    .bind("lineage", lineaged.lineageId())
                    .bind("page", provision.page())
                    .bind("kind", Labels.of(provision.kind()))
                    .bind("path", JsonColumns.write(provision.path()))
                    .bind("context", provision.context().orElse(null))
                    .bind("sha256", sha256)
                    .bind("key", provision.key())
                    .bind("readingKey", provision.readingKey())
                    .add();
        }
        if (texts.size() > 0) {
            texts.execute();
        }
        rows.execute();
    }

    static void insertRelations(Handle handle, long versionId, List<LineageRelation> relations) {
        if (relations.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("INSERT INTO lineage_relations (version_id, relation, from_lineage, "
                + "to_lineage) VALUES (:version, :relation, :from, :to)");
        for (LineageRelation relation : relations) {
            batch.bind("version", versionId)
                    .bind("relation", Labels.of(relation.kind()))
                    .bind("from", relation.fromLineage())
                    .bind("to", relation.toLineage())
                    .add();
        }
        batch.execute();
    }

    static List<ProvisionRow> ofVersion(Handle handle, long versionId) {
        return handle.createQuery(SELECT + "WHERE p.version_id = :version ORDER BY p.position")
                .bind("version", versionId)
                .map(ROW)
                .list();
    }

    /**
     * The {@code count} versions of the document before its latest, oldest first, with the lineage id of each of their
     * provisions by key. Provisions whose key is not filled in yet (see {@link #fillKeys}) are left out.
     */
    static List<EarlierVersion> earlier(Handle handle, long documentId, int count) {
        List<Map.Entry<Long, Instant>> versions = handle.createQuery("SELECT id, captured_at FROM versions "
                        + "WHERE document_id = :doc ORDER BY captured_at DESC LIMIT :count OFFSET 1")
                .bind("doc", documentId)
                .bind("count", count)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), Columns.instant(rs, "captured_at")))
                .list();
        List<EarlierVersion> earlier = new ArrayList<>();
        for (Map.Entry<Long, Instant> version : versions.reversed()) {
            Map<String, String> byKey = new HashMap<>();
            handle.createQuery("SELECT text_key, lineage_id FROM provisions WHERE version_id = :version "
                            + "AND text_key <> '' ORDER BY position")
                    .bind("version", version.getKey())
                    .map((rs, ctx) -> Map.entry(rs.getString("text_key"), rs.getString("lineage_id")))
                    .forEach(e -> byKey.putIfAbsent(e.getKey(), e.getValue()));
            earlier.add(new EarlierVersion(version.getValue(), byKey));
        }
        return earlier;
    }

    /** The provision of one lineage in every version of a document that has it, oldest version first. */
    static List<ProvisionRow> ofLineage(Handle handle, long documentId, String lineageId) {
        return handle.createQuery(SELECT + "JOIN versions v ON v.id = p.version_id WHERE v.document_id = :document "
                        + "AND p.lineage_id = :lineage ORDER BY v.captured_at, p.position")
                .bind("document", documentId)
                .bind("lineage", lineageId)
                .map(ROW)
                .list();
    }

    static List<LineageRelation> relationsOf(Handle handle, long versionId) {
        return handle.createQuery("SELECT relation, from_lineage, to_lineage FROM lineage_relations "
                        + "WHERE version_id = :version ORDER BY relation, from_lineage, to_lineage")
                .bind("version", versionId)
                .map((rs, ctx) -> new LineageRelation(
                        Columns.label(rs, "relation", LineageRelation.Kind.class),
                        rs.getString("from_lineage"),
                        rs.getString("to_lineage")))
                .list();
    }

    /**
     * Fills in the keys of provisions recorded before they were kept: {@code text_key} (before V3) and {@code
     * reading_key} (before V16, which could fill it in only for provisions without a lead-in).
     */
    static int fillKeys(Handle handle) {
        List<Unkeyed> unkeyed = handle.createQuery("SELECT DISTINCT p.text_sha256, p.context, t.text FROM provisions p "
                        + "JOIN provision_texts t ON t.sha256 = p.text_sha256 "
                        + "WHERE p.text_key = '' OR p.reading_key = ''")
                .map((rs, ctx) -> new Unkeyed(
                        rs.getString("text_sha256"),
                        Optional.ofNullable(rs.getString("context")),
                        rs.getString("text")))
                .list();
        if (unkeyed.isEmpty()) {
            return 0;
        }
        PreparedBatch bare = handle.prepareBatch("UPDATE provisions SET text_key = :key, reading_key = :readingKey "
                + "WHERE text_sha256 = :sha256 AND context IS NULL AND (text_key = '' OR reading_key = '')");
        PreparedBatch led = handle.prepareBatch("UPDATE provisions SET text_key = :key, reading_key = :readingKey "
                + "WHERE text_sha256 = :sha256 AND context = :context AND (text_key = '' OR reading_key = '')");
        for (Unkeyed u : unkeyed) {
            String key = Provision.keyOf(u.text());
            PreparedBatch batch = u.context().isEmpty()
                    ? bare
                    : led.bind("context", u.context().orElseThrow());
            batch.bind("key", key)
                    .bind("readingKey", Provision.readingKeyOf(key, u.context()))
                    .bind("sha256", u.sha256())
                    .add();
        }
        return updated(bare) + updated(led);
    }

    private static int updated(PreparedBatch batch) {
        return batch.size() == 0 ? 0 : Arrays.stream(batch.execute()).sum();
    }

    /** Provisions of one text and lead-in whose keys are not filled in. */
    private record Unkeyed(String sha256, Optional<String> context, String text) {}
}
