package org.clausewatch.store;

import org.jdbi.v3.core.Handle;

/**
 * Told of each change record while the transaction that records it is still open; whatever it writes through
 * {@code handle} commits with the change or not at all. An exception rolls the whole version back.
 */
@FunctionalInterface
public interface ChangeListener {
    void recorded(Handle handle, ChangeRow change);
}
