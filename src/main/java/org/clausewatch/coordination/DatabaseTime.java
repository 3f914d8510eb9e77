package org.clausewatch.coordination;

/**
 * Leases and turns are timed by the database's clock, not the processes' own: processes on machines whose clocks
 * differ still agree on when a lease lapses.
 */
final class DatabaseTime {
    /** The database's time now, in UTC epoch milliseconds. */
    static final String NOW = "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT";

    private DatabaseTime() {}
}
