package org.clausewatch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The ClauseWatch database, migrated to the current schema on open. SQLite (the default, one process) runs in
 * WAL mode with one writing connection so that writes serialise while reads run beside them; PostgreSQL (several
 * workers) has a pool for reads and a pool for writes.
 */
public final class Database implements AutoCloseable {
    /**
     * WAL lets any number of connections read beside the writer, so the read pool is as large as the number of
     * requests the web server handles at once ({@code WebServer.REQUEST_THREADS}): a request never queues for a
     * connection behind slower ones, and the CPU, not the pool, decides how many run.
     */
    /** Checks a database location without opening anything; one that cannot be used is told with the reason. */
    public static void checkLocation(String location) {
        try {
            Location.parse(location);
        } catch (StoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    public static final int SQLITE_READERS = 16;

    /** Connections kept open when idle; the pool opens more, up to its size, as reads need them. */
    private static final int SQLITE_IDLE_READERS = 2;

    private static final int POSTGRES_READERS = 12;

    /**
     * Writers of several processes queue behind one another on PostgreSQL (the custody chain's head, a document's
     * row), so a write holds its connection longer than a read; a pool of its own keeps them from starving reads.
     */
    private static final int POSTGRES_WRITERS = 8;

    /**
     * How long a write waits for a connection. Writes come from background work (tracking, delivery) that must queue
     * rather than fail: with three processes tracking at once, the 2 s that suits a web read failed most captures.
     * The same as SQLite's single writer, which waits Hikari's default 30 s.
     */
    static final long WRITE_WAIT_MS = 30_000;

    /**
     * How long a read waits for a free connection before it fails with {@link StoreBusyException}: an answer that
     * says "busy, retry" beats a request hanging for Hikari's default 30 s.
     */
    static final long CONNECTION_WAIT_MS = 2_000;

    /** Each reader maps the file rather than copying pages through its own small cache. */
    private static final long SQLITE_MMAP_BYTES = 1L << 30;

    /**
     * The single writer's page cache, in KiB (SQLite's negative {@code cache_size}). Every version adds a row to four
     * indexes keyed by digests, whose pages an insert touches at random; with SQLite's default 2 MB most of them were
     * read again from the file (a system call each): about 10 of the 110 CPU-seconds of importing the shared corpus
     * (docs/benchmarks.md). The cache fills only as pages are touched, so a short command pays for what it writes.
     */
    private static final int SQLITE_WRITER_CACHE_KIB = 64 * 1024;

    private final Dialect dialect;
    private final HikariDataSource writes;
    private final HikariDataSource reads;
    private final Jdbi readJdbi;
    private final Jdbi writeJdbi;
    private final Store store;

    private Database(Dialect dialect, HikariDataSource writes, HikariDataSource reads) {
        this.dialect = dialect;
        this.writes = writes;
        this.reads = reads;
        this.readJdbi = Jdbi.create(reads);
        this.writeJdbi = Jdbi.create(writes);
        this.store = new Store(dialect, readJdbi, writeJdbi);
        store.chainUnlinkedCaptures();
    }

    /** Connections for the other edges that keep tables of their own (accounts, alerts): reads may run beside writes. */
    public Jdbi reads() {
        return readJdbi;
    }

    /** Connections for writes; on SQLite one connection, so writes of every edge serialise. */
    public Jdbi writes() {
        return writeJdbi;
    }

    /**
     * Opens {@code sqlite:<path>}, a path ending in {@code .db}, or {@code postgresql://user:pass@host:port/db}
     * (also {@code jdbc:postgresql://…}), and migrates it.
     */
    public static Database open(String location) {
        return switch (Location.parse(location)) {
            case Location.Sqlite sqlite -> sqlite(sqlite.file());
            case Location.Postgres postgres -> postgres(postgres);
        };
    }

    /** Opens (creating when absent) the SQLite database in {@code file}, and migrates it. */
    public static Database sqlite(Path file) {
        createParent(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        HikariDataSource writes = pool(sqliteConfig(url, "clausewatch-sqlite-writer", 1));
        try {
            migrate(writes, Dialect.SQLITE, url);
            return new Database(
                    Dialect.SQLITE, writes, pool(sqliteConfig(url, "clausewatch-sqlite-reader", SQLITE_READERS)));
        } catch (RuntimeException e) {
            writes.close();
            throw e;
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the schema holds every bundled migration as bundled, so that opening it again starts no Flyway. */
    boolean schemaCurrent() {
        return AppliedSchema.isCurrent(writes, dialect);
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        if (reads != writes) {
            reads.close();
        }
        writes.close();
    }

    private static Database postgres(Location.Postgres location) {
        HikariDataSource writes = pool(postgresConfig(location, "clausewatch-postgresql-writer", POSTGRES_WRITERS));
        try {
            migrate(writes, Dialect.POSTGRESQL, location.jdbcUrl());
            HikariConfig readConfig = postgresConfig(location, "clausewatch-postgresql-reader", POSTGRES_READERS);
            readConfig.setConnectionTimeout(CONNECTION_WAIT_MS);
            return new Database(Dialect.POSTGRESQL, writes, pool(readConfig));
        } catch (RuntimeException e) {
            writes.close();
            throw e;
        }
    }

    private static HikariConfig postgresConfig(Location.Postgres location, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(location.jdbcUrl());
        location.user().ifPresent(config::setUsername);
        location.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(WRITE_WAIT_MS);
        return config;
    }

    /**
     * synchronous=FULL: WAL with NORMAL is already atomic (a crash never shows half a transaction) but may lose
     * the last commits on power loss; FULL makes a recorded version as durable as the WARC record it came from.
     */
    private static HikariConfig sqliteConfig(String url, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(size);
        // Opened as reads come rather than all at open: a one-shot command (track, status) spent CPU opening sixteen
        // connections it never used; a busy server still grows the pool to its size within a few milliseconds.
        config.setMinimumIdle(Math.min(size, SQLITE_IDLE_READERS));
        if (size > 1) {
            config.setConnectionTimeout(CONNECTION_WAIT_MS);
        }
        config.addDataSourceProperty("journal_mode", "WAL");
        // Readers map the file; the one writer does not: its reads are the few pages an insert looks up, and a mapped
        // file counts in the process's resident memory page by page, up to the whole database over an import.
        config.addDataSourceProperty("mmap_size", size == 1 ? "0" : Long.toString(SQLITE_MMAP_BYTES));
        if (size == 1) {
            config.addDataSourceProperty("cache_size", Integer.toString(-SQLITE_WRITER_CACHE_KIB));
        }
        config.addDataSourceProperty("temp_store", "MEMORY");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "10000");
        // The writer takes the write lock when a transaction begins, not halfway through it.
        config.addDataSourceProperty("transaction_mode", size == 1 ? "IMMEDIATE" : "DEFERRED");
        return config;
    }

    private static HikariDataSource pool(HikariConfig config) {
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            String who = config.getUsername() == null ? "" : " as " + config.getUsername();
            throw new StoreException("could not connect to " + config.getJdbcUrl() + who + ": " + rootMessage(e), e);
        }
    }

    /** Migrates with Flyway, unless the database already holds every bundled migration as bundled (see AppliedSchema). */
    private static void migrate(HikariDataSource dataSource, Dialect dialect, String url) {
        if (AppliedSchema.isCurrent(dataSource, dialect)) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StoreException("could not migrate the database at " + url + ": " + rootMessage(e), e);
        }
    }

    private static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + parent + " for the database " + file, e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("database location " + file + " is a folder, not a database file");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
