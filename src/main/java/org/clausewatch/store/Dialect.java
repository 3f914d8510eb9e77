package org.clausewatch.store;

/** The SQL databases ClauseWatch runs on: SQLite for one process, PostgreSQL for several workers. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The classpath folder holding this dialect's Flyway migrations. */
    String migrationLocation() {
        return "classpath:" + migrationFolder();
    }

    /** The same folder as a class-path resource name. */
    String migrationFolder() {
        return "db/migration/" + migrations;
    }
}
