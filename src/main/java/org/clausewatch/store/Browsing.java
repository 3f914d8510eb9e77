package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Read-only queries for browsing what ClauseWatch has recorded: services and their documents with counts, change
 * records newest first, a provision across the versions that hold it, and full-text search. Only reads: every
 * write stays in {@link Store}.
 */
public final class Browsing {
    private final Jdbi reads;
    private volatile Dialect dialect;

    Browsing(Jdbi reads) {
        this.reads = reads;
    }

    /** A watched service and how much is recorded of it. */
    public record ServiceSummary(String service, int documents, int versions, Optional<Instant> latestVersionAt) {}

    /** A document with its number of versions and changes and the time span they cover. */
    public record DocumentSummary(
            DocumentRow document,
            int versions,
            int changes,
            Optional<Instant> firstVersionAt,
            Optional<Instant> latestVersionAt) {}

    /** A change record without its items, with how many items it has. */
    public record ChangeSummary(ChangeRow change, int items) {}

    /** Which change records to list; empty filters select all, {@code significances} empty means any. */
    public record ChangeQuery(
            Optional<String> service,
            Optional<Long> documentId,
            List<Significance> significances,
            Optional<Instant> from,
            Optional<Instant> to,
            int limit,
            int offset) {
        public ChangeQuery {
            significances = List.copyOf(significances);
            if (limit < 1 || offset < 0) {
                throw new IllegalArgumentException(
                        "limit must be positive and offset not negative, not limit " + limit + ", offset " + offset);
            }
        }

        public static ChangeQuery all(int limit) {
            return new ChangeQuery(
                    Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), limit, 0);
        }
    }

    /** One provision in one version, with the document and the time of that version. */
    public record ProvisionOccurrence(ProvisionRow provision, DocumentRow document, Instant versionCapturedAt) {}

    public List<ServiceSummary> services() {
        return read(
                "list services",
                handle -> handle.createQuery("SELECT d.service, COUNT(DISTINCT d.id) AS documents, COUNT(v.id) AS "
                                + "versions, MAX(v.captured_at) AS latest FROM documents d LEFT JOIN versions v ON "
                                + "v.document_id = d.id GROUP BY d.service ORDER BY d.service")
                        .map((rs, ctx) -> new ServiceSummary(
                                rs.getString("service"),
                                rs.getInt("documents"),
                                rs.getInt("versions"),
                                Columns.optionalInstant(rs, "latest")))
                        .list());
    }

    /** The documents of one service, or of all services when {@code service} is empty. */
    public List<DocumentSummary> documents(Optional<String> service) {
        return read("list documents of " + service.orElse("all services"), handle -> {
            Query query = handle.createQuery("SELECT d.id, d.service, d.terms_type, "
                    + "(SELECT COUNT(*) FROM versions v WHERE v.document_id = d.id) AS versions, "
                    + "(SELECT COUNT(*) FROM changes c WHERE c.document_id = d.id) AS changes, "
                    + "(SELECT MIN(v.captured_at) FROM versions v WHERE v.document_id = d.id) AS first_at, "
                    + "(SELECT MAX(v.captured_at) FROM versions v WHERE v.document_id = d.id) AS latest_at "
                    + "FROM documents d " + (service.isPresent() ? "WHERE d.service = :service " : "")
                    + "ORDER BY d.service, d.terms_type");
            service.ifPresent(name -> query.bind("service", name));
            return query.map(DOCUMENT_SUMMARY).list();
        });
    }

    public Optional<DocumentRow> document(long id) {
        return read("find document " + id, handle -> Documents.byId(handle, id));
    }

    /** Change records newest first, without items; see {@link #change} for one with its items. */
    public List<ChangeSummary> changes(ChangeQuery query) {
        return read("list changes", handle -> ChangeListing.list(handle, query));
    }

    /** How many change records {@link #changes} would list without limit and offset. */
    public int countChanges(ChangeQuery query) {
        return read("count changes", handle -> ChangeListing.count(handle, query));
    }

    /** One change record with its items. */
    public Optional<ChangeRow> change(long id) {
        return read("find change " + id, handle -> Changes.byId(handle, id));
    }

    /** A provision lineage in every version that holds it, oldest first (normally all of one document). */
    public List<ProvisionOccurrence> lineage(String lineageId) {
        return read(
                "read provision " + lineageId,
                handle -> handle.createQuery("SELECT " + Provisions.COLUMNS
                                + ", d.id AS document_id, d.service, d.terms_type, v.captured_at " + Provisions.FROM
                                + "JOIN versions v ON v.id = p.version_id JOIN documents d ON d.id = v.document_id "
                                + "WHERE p.lineage_id = :lineage ORDER BY v.captured_at, v.id")
                        .bind("lineage", lineageId)
                        .map(OCCURRENCE)
                        .list());
    }

    /** A change record's item about one provision lineage. */
    public record LineageChange(long changeId, Instant at, Set<ChangeRecord.Flag> changeFlags, ChangeItemRow item) {}

    /** Every change item about {@code lineageId}, oldest first. */
    public List<LineageChange> lineageChanges(String lineageId) {
        return read(
                "read changes of provision " + lineageId,
                handle -> handle.createQuery("SELECT c.id, c.captured_at, c.flags, " + Changes.ITEM_COLUMNS
                                + "FROM change_items i JOIN changes c ON c.id = i.change_id "
                                + "WHERE i.lineage_id = :lineage ORDER BY c.captured_at, c.id")
                        .bind("lineage", lineageId)
                        .map((rs, ctx) -> new LineageChange(
                                rs.getLong("id"),
                                Columns.instant(rs, "captured_at"),
                                Columns.flags(rs, "flags", ChangeRecord.Flag.class),
                                Changes.ITEM.map(rs, ctx)))
                        .list());
    }

    /**
     * Full-text search over every provision text ever recorded, best match first; the topic and severity filters
     * match the readings of {@code readerVersion}.
     */
    public List<SearchHit> search(SearchQuery query, String readerVersion) {
        if (query.terms().isEmpty()) {
            return List.of();
        }
        return read(
                "search for " + query.text(),
                handle -> ProvisionSearch.search(handle, dialect(handle), query, readerVersion));
    }

    private Dialect dialect(Handle handle) {
        Dialect known = dialect;
        if (known == null) {
            try {
                String product = handle.getConnection().getMetaData().getDatabaseProductName();
                known = product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                        ? Dialect.POSTGRESQL
                        : Dialect.SQLITE;
            } catch (java.sql.SQLException e) {
                throw new StoreException("cannot tell which database this is: " + e.getMessage(), e);
            }
            dialect = known;
        }
        return known;
    }

    private static final RowMapper<DocumentSummary> DOCUMENT_SUMMARY = (rs, ctx) -> new DocumentSummary(
            Documents.row(rs, "id"),
            rs.getInt("versions"),
            rs.getInt("changes"),
            Columns.optionalInstant(rs, "first_at"),
            Columns.optionalInstant(rs, "latest_at"));

    private static final RowMapper<ProvisionOccurrence> OCCURRENCE = (rs, ctx) -> new ProvisionOccurrence(
            Provisions.ROW.map(rs, ctx), Documents.row(rs, "document_id"), Columns.instant(rs, "captured_at"));

    private <T> T read(String operation, Function<Handle, T> work) {
        try {
            return reads.withHandle(work::apply);
        } catch (StoreException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (StoreBusyException.isPoolTimeout(e)) {
                throw new StoreBusyException(operation, e);
            }
            throw new StoreException("could not " + operation + ": " + e.getMessage(), e);
        }
    }
}
