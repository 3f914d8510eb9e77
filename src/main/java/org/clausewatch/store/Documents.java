package org.clausewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for the documents table. */
final class Documents {
    private static final String SELECT = "SELECT id, service, terms_type FROM documents ";

    static final RowMapper<DocumentRow> ROW = (rs, ctx) -> row(rs, "id");

    private Documents() {}

    /** The document of a row whose {@code service} and {@code terms_type} columns come with its id in {@code idColumn}. */
    static DocumentRow row(ResultSet rs, String idColumn) throws SQLException {
        return new DocumentRow(rs.getLong(idColumn), rs.getString("service"), rs.getString("terms_type"));
    }

    static long ensure(Handle handle, String service, String termsType) {
        handle.createUpdate("INSERT INTO documents (service, terms_type) VALUES (:service, :termsType) "
                        + "ON CONFLICT (service, terms_type) DO NOTHING")
                .bind("service", service)
                .bind("termsType", termsType)
                .execute();
        return of(handle, service, termsType).orElseThrow().id();
    }

    static List<DocumentRow> all(Handle handle) {
        return handle.createQuery(SELECT + "ORDER BY service, terms_type")
                .map(ROW)
                .list();
    }

    static Optional<DocumentRow> of(Handle handle, String service, String termsType) {
        return handle.createQuery(SELECT + "WHERE service = :service AND terms_type = :termsType")
                .bind("service", service)
                .bind("termsType", termsType)
                .map(ROW)
                .findOne();
    }

    static Optional<DocumentRow> byId(Handle handle, long id) {
        return handle.createQuery(SELECT + "WHERE id = :id")
                .bind("id", id)
                .map(ROW)
                .findOne();
    }
}
