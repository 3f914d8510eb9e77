package org.clausewatch.store;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Full-text search SQL for each dialect: SQLite's FTS5 index {@code provision_search}, PostgreSQL's
 * {@code to_tsvector} GIN index. Both rank the matching texts first (at most {@link #CANDIDATES} of them), then
 * find the provisions, versions and documents that hold them and apply the filters.
 */
final class ProvisionSearch {
    static final int CANDIDATES = 2000;

    private static final String SQLITE_HITS = "WITH hits AS (SELECT s.rowid AS text_id, -bm25(provision_search) AS "
            + "score FROM provision_search s WHERE provision_search MATCH :match ORDER BY bm25(provision_search) LIMIT "
            + CANDIDATES + "), ";
    private static final String SQLITE_JOIN = "JOIN provision_texts t ON t.rowid = h.text_id ";
    /** The excerpt is made for the page's hits only: snippets of all candidates would cost most of the query. */
    private static final String SQLITE_EXCERPT = "SELECT page.*, (SELECT snippet(provision_search, 0, char(57344), "
            + "char(57345), '…', 40) FROM provision_search WHERE provision_search MATCH :match AND rowid = "
            + "page.text_id) AS excerpt FROM page ";

    private static final String POSTGRES_HITS = "WITH q AS (SELECT plainto_tsquery('english', :match) AS query), "
            + "hits AS (SELECT t.sha256 AS text_id, ts_rank(to_tsvector('english', t.text), q.query) AS score FROM "
            + "provision_texts t, q WHERE to_tsvector('english', t.text) @@ q.query ORDER BY score DESC LIMIT "
            + CANDIDATES + "), ";
    private static final String POSTGRES_JOIN = "JOIN provision_texts t ON t.sha256 = h.text_id ";
    private static final String POSTGRES_EXCERPT = "SELECT page.*, ts_headline('english', t.text, q.query, "
            + "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=40, MinWords=15') AS excerpt "
            + "FROM page JOIN provision_texts t ON t.sha256 = page.text_id, q ";

    private static final String REST = "JOIN provisions p ON p.text_sha256 = t.sha256 "
            + "JOIN versions v ON v.id = p.version_id JOIN documents d ON d.id = v.document_id "
            + "JOIN (SELECT document_id, MAX(captured_at) AS latest_at FROM versions GROUP BY document_id) l "
            + "ON l.document_id = d.id WHERE 1 = 1 ";

    private static final RowMapper<SearchHit> HIT = (rs, ctx) -> new SearchHit(
            new DocumentRow(rs.getLong("document_id"), rs.getString("service"), rs.getString("terms_type")),
            rs.getString("lineage_id"),
            JsonColumns.strings(rs.getString("path")),
            rs.getString("excerpt"),
            Store.instant(rs, "first_at"),
            Store.instant(rs, "last_at"),
            rs.getInt("current") == 1);

    private ProvisionSearch() {}

    static List<SearchHit> search(Handle handle, Dialect dialect, SearchQuery search) {
        boolean sqlite = dialect == Dialect.SQLITE;
        StringBuilder sql = new StringBuilder(sqlite ? SQLITE_HITS : POSTGRES_HITS)
                .append("page AS (SELECT d.id AS document_id, d.service, d.terms_type, p.lineage_id, ")
                .append("MAX(p.path) AS path, h.text_id, MIN(v.captured_at) AS first_at, MAX(v.captured_at) AS ")
                .append("last_at, MAX(CASE WHEN v.captured_at = l.latest_at THEN 1 ELSE 0 END) AS current, ")
                .append("MAX(h.score) AS score FROM hits h ")
                .append(sqlite ? SQLITE_JOIN : POSTGRES_JOIN)
                .append(REST);
        search.service().ifPresent(s -> sql.append("AND d.service = :service "));
        search.termsType().ifPresent(s -> sql.append("AND d.terms_type = :termsType "));
        search.from().ifPresent(s -> sql.append("AND v.captured_at >= :from "));
        search.to().ifPresent(s -> sql.append("AND v.captured_at <= :to "));
        sql.append("GROUP BY d.id, d.service, d.terms_type, p.lineage_id, h.text_id ")
                .append("ORDER BY score DESC, last_at DESC, p.lineage_id LIMIT :limit OFFSET :offset) ")
                .append(sqlite ? SQLITE_EXCERPT : POSTGRES_EXCERPT)
                .append("ORDER BY page.score DESC, page.last_at DESC, page.lineage_id");
        Query query = handle.createQuery(sql.toString())
                .bind("match", sqlite ? ftsMatch(search.terms()) : String.join(" ", search.terms()))
                .bind("limit", search.limit())
                .bind("offset", search.offset());
        search.service().ifPresent(s -> query.bind("service", s));
        search.termsType().ifPresent(s -> query.bind("termsType", s));
        search.from().ifPresent(at -> query.bind("from", at.toEpochMilli()));
        search.to().ifPresent(at -> query.bind("to", at.toEpochMilli()));
        return query.map(HIT).list();
    }

    /** Every term quoted, so that FTS5 reads each as a plain word whatever it is (AND, NEAR, a column name). */
    static String ftsMatch(List<String> terms) {
        return terms.stream().map(term -> '"' + term + '"').collect(Collectors.joining(" "));
    }
}
