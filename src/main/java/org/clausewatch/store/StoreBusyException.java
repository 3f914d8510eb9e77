package org.clausewatch.store;

import java.sql.SQLTransientConnectionException;

/**
 * Every database connection stayed busy for longer than the store waits for one: the operation did not run and
 * may be retried. The web answers it with 503 Service Unavailable.
 */
public final class StoreBusyException extends StoreException {
    private static final long serialVersionUID = 1L;

    StoreBusyException(String operation, Throwable cause) {
        super(
                "could not " + operation + ": no database connection was free within " + Database.CONNECTION_WAIT_MS
                        + " ms",
                cause);
    }

    /** Whether {@code failure} comes from waiting in vain for a pooled connection. */
    static boolean isPoolTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
