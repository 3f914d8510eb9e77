package org.clausewatch.store;

/**
 * A database operation failed. Unchecked because JDBI's own exceptions are; the message names the operation
 * and its arguments, and the cause is kept.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
