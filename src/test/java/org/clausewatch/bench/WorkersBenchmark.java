package org.clausewatch.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.testing.ClauseWatchProcess;
import org.clausewatch.testing.LocalSite;

/**
 * Tracking spread over worker processes on one PostgreSQL database: a loopback site of many documents on several
 * 127.0.0.x hosts, one scheduled pass per run on a fresh database, with 1, 2 and 4 {@code worker} processes, then 2
 * workers of which one is killed with SIGKILL halfway. Prints documents per second, CPU per document (all workers),
 * duplicate fetches, the most requests one host had under way at once, and for the killed run whether every document
 * was tracked exactly once. Run with {@code scripts/benchmark workers [DOCUMENTS] [HOSTS] [LATENCY_MS]}.
 */
public final class WorkersBenchmark {
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration DEADLINE = Duration.ofMinutes(30);

    private final Path work;
    private final int documents;
    private final int hosts;
    private final Duration latency;

    private WorkersBenchmark(Path work, int documents, int hosts, Duration latency) {
        this.work = work;
        this.documents = documents;
        this.hosts = hosts;
        this.latency = latency;
    }

    /** One run's figures. */
    record Run(
            String label,
            int workers,
            double seconds,
            double cpuSeconds,
            long tracked,
            long versions,
            int duplicates,
            long retaken,
            int mostInFlight) {
        String row() {
            return String.format(
                    "| %s | %d | %.1f s | %.1f | %.1f ms | %d | %d | %d | %d |",
                    label,
                    workers,
                    seconds,
                    tracked / seconds,
                    cpuSeconds * 1000 / Math.max(tracked, 1),
                    duplicates,
                    retaken,
                    mostInFlight,
                    versions);
        }
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int hosts = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 20);
        Path work = Files.createTempDirectory("clausewatch-workers-bench");
        System.out.println(Machine.describe());
        System.out.printf(
                "documents: %d on %d loopback hosts, %d ms per answer, host delay 0, lease %s%n",
                documents, hosts, latency.toMillis(), LEASE);
        System.out.println(
                "| run | workers | pass | documents/s | CPU per document | duplicate fetches | retaken after a"
                        + " kill | most requests to one host at once | versions |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        WorkersBenchmark bench = new WorkersBenchmark(work, documents, hosts, latency);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            for (int workers : new int[] {1, 2, 4}) {
                System.out.println(bench.run(postgres, workers + " workers", workers, false)
                        .row());
            }
            System.out.println(
                    bench.run(postgres, "2 workers, one killed", 2, true).row());
        }
    }

    private Run run(EmbeddedPostgres postgres, String label, int workers, boolean kill) throws Exception {
        String name = "bench" + System.nanoTime();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String database = "postgresql://postgres:unused@localhost:" + postgres.getPort() + "/" + name;
        try (LocalSite site = new LocalSite()) {
            site.latency(latency);
            Path run = Files.createDirectories(work.resolve(name));
            Path declarations = site.declareServices(run.resolve("declarations"), documents, hosts, i -> page(i));
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                processes.add(worker(database, declarations, run, i));
            }
            try (Connection db = postgres.getDatabase("postgres", name).getConnection()) {
                double cpuOfKilled = 0;
                if (kill) {
                    await(db, "SELECT COUNT(*) >= " + documents / 2 + " FROM tracking_jobs WHERE done_at IS NOT NULL");
                    cpuOfKilled = cpuSeconds(processes.getFirst());
                    processes.getFirst().destroyForcibly().waitFor();
                }
                await(db, "SELECT COUNT(*) > 0 FROM tracking_passes WHERE finished_at IS NOT NULL");
                double cpu = cpuOfKilled;
                for (Process process : processes) {
                    cpu += process.isAlive() ? cpuSeconds(process) : 0;
                }
                return new Run(
                        label,
                        workers,
                        number(db, "SELECT (finished_at - started_at) / 1000.0 FROM tracking_passes"),
                        cpu,
                        (long) number(db, "SELECT COUNT(*) FROM tracking_jobs WHERE done_at IS NOT NULL"),
                        (long) number(db, "SELECT COUNT(*) FROM versions"),
                        (int) site.repeatedPaths().keySet().stream()
                                .filter(path -> !path.equals("/robots.txt"))
                                .count(),
                        (long) number(db, "SELECT COUNT(*) FROM tracking_jobs WHERE attempts > 1"),
                        site.mostInFlightPerHost());
            } finally {
                for (Process process : processes) {
                    process.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** A short policy; each document differs in its name and one clause, so wordings repeat as across real sites. */
    private static String page(int i) {
        StringBuilder html = new StringBuilder("<html><head><title>Terms " + i
                + "</title></head><body><main><h1>Terms of " + "Service " + i + "</h1>");
        for (int section = 1; section <= 6; section++) {
            html.append("<h2>Section ")
                    .append(section)
                    .append("</h2><p>")
                    .append(section == 3 ? "Service " + i + " keeps your data for " + (i % 90 + 1) + " days. " : "")
                    .append("We may process the information you provide when you use the services, keep it for as long"
                            + " as necessary and share it with providers acting on our behalf.</p>");
        }
        return html.append("</main></body></html>").toString();
    }

    private Process worker(String database, Path declarations, Path run, int index) throws IOException {
        ProcessBuilder builder = ClauseWatchProcess.of(
                        List.of("-Xmx512m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"),
                        "worker",
                        run.resolve("data"),
                        database,
                        declarations,
                        "--track-every",
                        "PT24H")
                .redirectOutput(run.resolve("worker-" + index + ".out").toFile())
                .redirectError(run.resolve("worker-" + index + ".err").toFile());
        builder.environment().put("CLAUSEWATCH_TRACKING_LEASE", LEASE.toString());
        builder.environment().put("CLAUSEWATCH_IGNORE_ROBOTS", "true");
        return builder.start();
    }

    private static double cpuSeconds(Process process) {
        return process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    }

    private static void await(Connection db, String condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!ready(db, condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for: " + condition);
            }
            Thread.sleep(200);
        }
    }

    private static boolean ready(Connection db, String condition) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'tracking_jobs'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return false;
            }
        }
        return number(db, condition) > 0;
    }

    private static double number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            Object value = rows.getObject(1);
            return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
        }
    }
}
