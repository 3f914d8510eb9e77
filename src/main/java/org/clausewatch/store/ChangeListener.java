package org.clausewatch.store;

/**
 * Told of each change record while the transaction that records it is still open: whatever it writes through
 * {@code transaction} commits with the change or not at all. An exception rolls the whole version back.
 */
@FunctionalInterface
public interface ChangeListener {
    void recorded(ChangeRow change, Transaction transaction);
}
