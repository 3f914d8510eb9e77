package org.clausewatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The open transaction that records a change, as a {@link ChangeListener} uses it for tables of its own: what it reads
 * sees the change, and what it writes commits with the change or not at all. Statements name their parameters
 * ({@code :name}) and must run unchanged on SQLite and PostgreSQL, like the store's own.
 */
public final class Transaction {
    private final Handle handle;

    Transaction(Handle handle) {
        this.handle = handle;
    }

    /** Reads one row of a query's result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows of a query, each read by {@code reader}. */
    public <T> List<T> query(String sql, Map<String, ?> parameters, RowReader<T> reader) {
        return handle.createQuery(sql)
                .bindMap(parameters)
                .map((rs, ctx) -> reader.read(rs))
                .list();
    }

    /** Runs an INSERT, UPDATE or DELETE; a parameter may be null. Returns how many rows it changed. */
    public int update(String sql, Map<String, ?> parameters) {
        return handle.createUpdate(sql).bindMap(parameters).execute();
    }
}
