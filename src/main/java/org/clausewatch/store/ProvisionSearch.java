package org.clausewatch.store;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewatch.common.Labels;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Full-text search SQL for each dialect: SQLite's FTS5 index {@code provision_search}, PostgreSQL's
 * {@code to_tsvector} GIN index. Both rank the matching texts (bm25 on SQLite, ts_rank on PostgreSQL) and keep only
 * as many of the best as the page can show, then find the provisions, versions and documents that hold those few.
 * Work therefore grows with the page, not with how common the words are.
 *
 * <p>A text yields at least one hit (a document and lineage holding it) once the filters passed, and hits are
 * ordered by their text's rank first; so the first {@code offset + limit} hits all come from the best
 * {@code offset + limit} texts that have a provision passing the filters. Filters are therefore checked while the
 * texts are ranked, and again on the provisions of the chosen texts.
 */
final class ProvisionSearch {
    private static final String SQLITE_HITS = "WITH hits AS (SELECT s.rowid AS text_id, t.sha256, "
            + "-bm25(provision_search) AS score FROM provision_search s JOIN provision_texts t ON t.rowid = s.rowid "
            + "WHERE provision_search MATCH :match ";
    private static final String SQLITE_RANK = "ORDER BY bm25(provision_search), s.rowid LIMIT :candidates), ";
    /** The excerpt is made for the page's hits only: snippets of every match would cost most of the query. */
    private static final String SQLITE_EXCERPT = "SELECT page.*, (SELECT snippet(provision_search, 0, char(57344), "
            + "char(57345), '…', 40) FROM provision_search WHERE provision_search MATCH :match AND rowid = "
            + "page.text_id) AS excerpt FROM page ";

    private static final String POSTGRES_HITS = "WITH q AS (SELECT plainto_tsquery('english', :match) AS query), "
            + "hits AS (SELECT t.sha256 AS text_id, t.sha256, ts_rank(to_tsvector('english', t.text), q.query) AS "
            + "score FROM provision_texts t, q WHERE to_tsvector('english', t.text) @@ q.query ";
    private static final String POSTGRES_RANK = "ORDER BY score DESC, t.sha256 LIMIT :candidates), ";
    private static final String POSTGRES_EXCERPT = "SELECT page.*, ts_headline('english', t.text, q.query, "
            + "'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=40, MinWords=15') AS excerpt "
            + "FROM page JOIN provision_texts t ON t.sha256 = page.text_id, q ";

    private static final String HOLDERS =
            "FROM provisions p JOIN versions v ON v.id = p.version_id " + "JOIN documents d ON d.id = v.document_id ";

    private static final String PAGE = "page AS (SELECT d.id AS document_id, d.service, d.terms_type, p.lineage_id, "
            + "MAX(p.path) AS path, h.text_id, MIN(v.captured_at) AS first_at, MAX(v.captured_at) AS last_at, "
            + "MAX(CASE WHEN v.captured_at = l.latest_at THEN 1 ELSE 0 END) AS current, MAX(h.score) AS score "
            + "FROM hits h JOIN provisions p ON p.text_sha256 = h.sha256 "
            + "JOIN versions v ON v.id = p.version_id JOIN documents d ON d.id = v.document_id "
            + "JOIN (SELECT document_id, MAX(captured_at) AS latest_at FROM versions GROUP BY document_id) l "
            + "ON l.document_id = d.id WHERE 1 = 1 ";
    /** The text id breaks ties of rank in the same direction as the ranking of the texts, so both agree. */
    private static final String PAGE_ORDER = "GROUP BY d.id, d.service, d.terms_type, p.lineage_id, h.text_id "
            + "ORDER BY score DESC, h.text_id, last_at DESC, p.lineage_id LIMIT :limit OFFSET :offset) ";

    private static final RowMapper<SearchHit> HIT = (rs, ctx) -> new SearchHit(
            Documents.row(rs, "document_id"),
            rs.getString("lineage_id"),
            JsonColumns.strings(rs.getString("path")),
            rs.getString("excerpt"),
            Columns.instant(rs, "first_at"),
            Columns.instant(rs, "last_at"),
            rs.getInt("current") == 1);

    private ProvisionSearch() {}

    static List<SearchHit> search(Handle handle, Dialect dialect, SearchQuery search, String readerVersion) {
        boolean sqlite = dialect == Dialect.SQLITE;
        String filters = filters(search);
        String sql = (sqlite ? SQLITE_HITS : POSTGRES_HITS)
                + (search.filtered()
                        ? "AND EXISTS (SELECT 1 " + HOLDERS + "WHERE p.text_sha256 = t.sha256 " + filters + ") "
                        : "")
                + (sqlite ? SQLITE_RANK : POSTGRES_RANK)
                + PAGE
                + filters
                + PAGE_ORDER
                + (sqlite ? SQLITE_EXCERPT : POSTGRES_EXCERPT)
                + "ORDER BY page.score DESC, page.text_id, page.last_at DESC, page.lineage_id";
        Query query = handle.createQuery(sql)
                .bind("match", sqlite ? ftsMatch(search.terms()) : String.join(" ", search.terms()))
                .bind("candidates", search.offset() + search.limit())
                .bind("limit", search.limit())
                .bind("offset", search.offset());
        search.service().ifPresent(s -> query.bind("service", s));
        search.termsType().ifPresent(s -> query.bind("termsType", s));
        search.topic().ifPresent(s -> query.bind("topic", s));
        search.severity().ifPresent(s -> query.bind("severity", Labels.of(s)));
        if (search.topic().isPresent() || search.severity().isPresent()) {
            query.bind("reader", readerVersion);
        }
        search.from().ifPresent(at -> query.bind("from", at.toEpochMilli()));
        search.to().ifPresent(at -> query.bind("to", at.toEpochMilli()));
        return query.map(HIT).list();
    }

    /**
     * Conditions on a provision {@code p} of version {@code v} of document {@code d}. A version is in force from its
     * capture until the next version's, so it overlaps the range when it was captured before the range ends and no
     * later version of its document was captured by the time the range starts.
     */
    private static String filters(SearchQuery search) {
        StringBuilder sql = new StringBuilder();
        search.service().ifPresent(s -> sql.append("AND d.service = :service "));
        search.termsType().ifPresent(s -> sql.append("AND d.terms_type = :termsType "));
        search.topic()
                .ifPresent(s -> sql.append("AND EXISTS (SELECT 1 FROM provision_topics pt WHERE pt.reading_key = "
                        + "p.reading_key AND pt.reader_version = :reader AND pt.topic = :topic) "));
        search.severity()
                .ifPresent(s -> sql.append("AND EXISTS (SELECT 1 FROM provision_readings r WHERE r.reading_key = "
                        + "p.reading_key AND r.reader_version = :reader AND r.severity = :severity) "));
        search.to().ifPresent(at -> sql.append("AND v.captured_at <= :to "));
        search.from()
                .ifPresent(at -> sql.append("AND NOT EXISTS (SELECT 1 FROM versions n WHERE n.document_id = "
                        + "v.document_id AND n.captured_at > v.captured_at AND n.captured_at <= :from) "));
        return sql.toString();
    }

    /** Every term quoted, so that FTS5 reads each as a plain word whatever it is (AND, NEAR, a column name). */
    static String ftsMatch(List<String> terms) {
        return terms.stream().map(term -> '"' + term + '"').collect(Collectors.joining(" "));
    }
}
