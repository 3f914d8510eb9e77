package org.clausewatch.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Transactions PostgreSQL aborted to settle a conflict between concurrent writers (a deadlock between two processes
 * inserting the same wordings in another order, a serialization failure): they changed nothing and may simply run
 * again. SQLite has one writer and never reports them.
 */
final class WriteConflicts {
    /** Enough for writers that collided once to fall into an order; a conflict that persists is a defect to report. */
    static final int ATTEMPTS = 5;

    /** serialization_failure and deadlock_detected. */
    private static final Set<String> STATES = Set.of("40001", "40P01");

    private static final long FIRST_PAUSE_MS = 10;

    private WriteConflicts() {}

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A random pause that grows with the attempt, so that the writers that collided do not collide again. */
    static void pause(int attempt) {
        long bound = FIRST_PAUSE_MS << Math.min(attempt, 6);
        try {
            Thread.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(1, bound + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry a write", e);
        }
    }
}
