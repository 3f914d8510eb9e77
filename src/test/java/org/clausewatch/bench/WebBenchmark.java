package org.clausewatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import org.clausewatch.browse.Links;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.ProvisionRow;
import org.clausewatch.web.WebServer;

/**
 * Web latency under concurrent load on loopback: imports the shared corpus (once, into a reusable data folder),
 * serves it, and has many concurrent clients fetch provision, document and search pages. Prints the median and
 * p99 latency per page kind. Run with {@code scripts/benchmark web [OTA_DIR] [DATA_DIR] [CLIENTS] [SECONDS] [THINK_MS]}.
 * With THINK_MS 0 (the default) every client asks again as soon as it is answered, which measures the server
 * saturated; with a think time each client pauses a random 0–2 × THINK_MS between requests, as people reading
 * pages do, which measures latency at the request rate that many users make.
 */
public final class WebBenchmark {
    private WebBenchmark() {}

    record Sample(String kind, long nanos, int status) {}

    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        Path ota = Path.of(args.length > 0 ? args[0] : "../shared/corpus/ota");
        Path data = Path.of(args.length > 1 ? args[1] : "target/web-benchmark-data");
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        long thinkMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;
        System.out.println(Machine.describe());
        Settings settings = Settings.resolve(data, Map.of(), Map.of());
        boolean fresh = !Files.exists(data.resolve("clausewatch.db"));
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            if (fresh) {
                long started = System.nanoTime();
                var report = app.importer().importDataset(ota);
                System.out.printf("imported %s in %.1f s%n", report, (System.nanoTime() - started) / 1e9);
            }
            List<String> provisions = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            for (DocumentRow d : app.store().documents()) {
                documents.add(Links.document(d.service(), d.termsType()));
                app.store().latestVersion(d.id()).ifPresent(v -> {
                    List<ProvisionRow> rows = app.store().provisions(v.id());
                    for (int i = 0; i < rows.size(); i += Math.max(1, rows.size() / 20)) {
                        provisions.add(Links.provision(rows.get(i).lineageId()));
                    }
                });
            }
            List<String> searches = List.of(
                    "/search?q=arbitration",
                    "/search?q=train+models",
                    "/search?q=personal+data",
                    "/search?q=terminate+account",
                    "/search?q=liability",
                    "/search?q=cookies",
                    "/search?q=retention&type=Privacy+Policy",
                    "/search?q=artificial+intelligence");
            System.out.printf(
                    "%d documents, %d provision URLs, %d searches; %d clients (think time %d ms) for %d s after a %d s "
                            + "warm-up%n",
                    documents.size(), provisions.size(), searches.size(), clients, thinkMillis, seconds, seconds / 3);
            try (WebServer web = app.web().start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + web.port();
                run(base, clients, thinkMillis, seconds / 3, provisions, documents, searches);
                double loadBefore = OS.getSystemLoadAverage();
                long cpuBefore = OS.getProcessCpuTime();
                List<Sample> samples = run(base, clients, thinkMillis, seconds, provisions, documents, searches);
                long cpu = OS.getProcessCpuTime() - cpuBefore;
                report(samples, seconds);
                // CPU per request does not depend on what else the machine runs, unlike the latencies.
                System.out.printf(
                        "CPU of this JVM (server and clients): %.1f ms per request; load average %.1f before, "
                                + "%.1f after%n",
                        cpu / 1e6 / Math.max(1, samples.size()), loadBefore, OS.getSystemLoadAverage());
            }
        }
    }

    private static List<Sample> run(
            String base,
            int clients,
            long thinkMillis,
            int seconds,
            List<String> provisions,
            List<String> documents,
            List<String> searches)
            throws InterruptedException {
        List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger errors = new AtomicInteger();
        try (HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        int pick = random.nextInt(3);
                        String kind = pick == 0 ? "provision" : pick == 1 ? "document" : "search";
                        List<String> urls = pick == 0 ? provisions : pick == 1 ? documents : searches;
                        String url = urls.get(random.nextInt(urls.size()));
                        long started = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(
                                    HttpRequest.newBuilder(URI.create(base + url))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            samples.add(new Sample(kind, System.nanoTime() - started, response.statusCode()));
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (thinkMillis > 0) {
                            Thread.sleep(random.nextLong(2 * thinkMillis + 1));
                        }
                    }
                    return null;
                });
            }
        }
        if (errors.get() > 0) {
            System.out.println("request errors: " + errors.get());
        }
        return samples;
    }

    private static void report(List<Sample> samples, int seconds) {
        System.out.printf(
                "%d requests in %d s (%.0f per second)%n", samples.size(), seconds, samples.size() / (double) seconds);
        System.out.println("| page | requests | non-200 | median | p99 |");
        System.out.println("|---|---|---|---|---|");
        for (String kind : List.of("provision", "document", "search")) {
            long[] nanos = samples.stream()
                    .filter(s -> s.kind().equals(kind))
                    .mapToLong(Sample::nanos)
                    .toArray();
            long bad = samples.stream()
                    .filter(s -> s.kind().equals(kind) && s.status() != 200)
                    .count();
            Arrays.sort(nanos);
            System.out.printf(
                    "| %s | %d | %d | %.1f ms | %.1f ms |%n",
                    kind, nanos.length, bad, percentile(nanos, 0.50), percentile(nanos, 0.99));
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
