package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.testing.ClauseWatchProcess;
import org.clausewatch.testing.LocalSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code worker} processes (separate JVMs) share the scheduled pass of one PostgreSQL database; the first to hold
 * documents is killed with SIGKILL. The other takes them up when their lease lapses: every document is tracked once,
 * only the killed process's documents are fetched again, and no host ever has two requests under way. Which worker
 * dies is decided by the database, not by start order: on a loaded machine one JVM can start seconds after the other,
 * and the first may have tracked the whole pass before a chosen one held anything.
 */
class WorkerKillIT {
    private static final int DOCUMENTS = 30;
    private static final int HOSTS = 3;
    private static final Duration LATENCY = Duration.ofMillis(150);
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void aKilledWorkersDocumentsAreTrackedOnceByTheOther() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                LocalSite site = new LocalSite()) {
            site.latency(LATENCY);
            String database = "postgresql://postgres:unused@localhost:" + postgres.getPort() + "/postgres";
            Path declarations = site.declareServices(
                    dir.resolve("declarations"), DOCUMENTS, HOSTS, i -> TrackCommandTest.policy("Terms " + i, 1, ""));
            Process first = worker(database, declarations, "first");
            Process second = worker(database, declarations, "second");
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                long holder = awaitHolder(db);
                Process doomed = holder == first.pid() ? first : second;
                assertThat(doomed.pid()).as("the worker holding documents").isEqualTo(holder);
                doomed.destroyForcibly().waitFor();
                awaitPassFinished(db);
                Map<String, Integer> attempts = attempts(db);
                assertThat(attempts).hasSize(DOCUMENTS);
                assertThat(count(db, "SELECT COUNT(*) FROM tracking_jobs WHERE done_at IS NULL"))
                        .isZero();
                assertThat(count(db, "SELECT COUNT(*) FROM tracking_jobs WHERE attempts > 1"))
                        .as("the killed worker held documents that the survivor took up")
                        .isPositive();
                assertThat(count(db, "SELECT COUNT(*) FROM versions")).isEqualTo(DOCUMENTS);
                assertThat(count(db, "SELECT COUNT(DISTINCT document_id) FROM versions"))
                        .isEqualTo(DOCUMENTS);
                site.repeatedPaths().keySet().stream()
                        .filter(path -> !path.equals("/robots.txt"))
                        .forEach(path -> assertThat(attempts.get(path))
                                .as("%s was fetched twice although its job was claimed once", path)
                                .isGreaterThan(1));
                assertThat(site.mostInFlightPerHost()).isEqualTo(1);
            } finally {
                first.destroyForcibly().waitFor();
                second.destroyForcibly().waitFor();
            }
        }
    }

    private Process worker(String database, Path declarations, String name) throws IOException {
        ProcessBuilder builder = ClauseWatchProcess.of(
                        List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                        "worker",
                        dir.resolve("data"),
                        database,
                        declarations,
                        "--track-every",
                        "PT1H")
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().put("CLAUSEWATCH_TRACKING_LEASE", "PT2S");
        return builder.start();
    }

    /** Waits until a worker has tracked a document and holds another; returns its process id. */
    private static long awaitHolder(Connection db) throws Exception {
        String holders = "FROM tracking_jobs h WHERE h.done_at IS NULL AND h.worker IS NOT NULL AND EXISTS"
                + " (SELECT 1 FROM tracking_jobs d WHERE d.worker = h.worker AND d.done_at IS NOT NULL)";
        await(db, "SELECT COUNT(*) " + holders, "a worker to hold documents");
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT h.worker " + holders + " LIMIT 1")) {
            rows.next();
            String worker = rows.getString(1);
            return Long.parseLong(worker.substring(0, worker.indexOf('@')));
        }
    }

    private static void awaitPassFinished(Connection db) throws Exception {
        await(db, "SELECT COUNT(*) FROM tracking_passes WHERE finished_at IS NOT NULL", "the scheduled pass to finish");
    }

    private static void await(Connection db, String countQuery, String what) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!tableExists(db) || count(db, countQuery) == 0) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static boolean tableExists(Connection db) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'tracking_jobs'") > 0;
    }

    /** Each document's path, with how many times its job was claimed. */
    private static Map<String, Integer> attempts(Connection db) throws SQLException {
        Map<String, Integer> attempts = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT service, attempts FROM tracking_jobs")) {
            while (rows.next()) {
                attempts.put("/terms-" + rows.getString(1).substring("Service".length()), rows.getInt(2));
            }
        }
        return attempts;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
