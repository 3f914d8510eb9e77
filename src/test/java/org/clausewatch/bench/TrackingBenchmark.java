package org.clausewatch.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.source.DeclarationSet;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.source.ServiceDeclaration;

/**
 * End-to-end tracking benchmark: serves real documents from the shared corpus on a loopback site (several
 * 127.0.0.x hosts), then runs a first pass, an unchanged pass and a pass where 10% of the documents changed.
 * Prints wall time, CPU time per document and peak heap. Run with {@code scripts/benchmark-tracking}.
 */
public final class TrackingBenchmark {
    private TrackingBenchmark() {}

    record SiteDocument(String service, String type, String path, int host, String latest, String previous) {}

    public static void main(String[] args) throws Exception {
        Path ota = Path.of(args.length > 0 ? args[0] : "../shared/corpus/ota");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int hosts = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int unchangedPasses = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<SiteDocument> documents = documents(ota, count, hosts);
        Path work = Files.createTempDirectory("clausewatch-bench");
        System.out.println(Machine.describe());
        System.out.printf("documents: %d on %d loopback hosts; per-host delay 0 ms%n", documents.size(), hosts);
        Path pages = Files.createDirectories(work.resolve("site"));
        for (SiteDocument d : documents) {
            write(pages, d, d.latest());
        }
        Process site = startSite(pages);
        try {
            int port = Integer.parseInt(new java.io.BufferedReader(new java.io.InputStreamReader(site.getInputStream()))
                    .readLine()
                    .strip());
            Path declarations = declarations(work, port, documents);
            Settings settings = Settings.resolve(
                    work.resolve("data"),
                    Map.of(
                            Setting.DECLARATIONS, declarations.toString(),
                            Setting.ALLOW_PRIVATE_ADDRESSES, "true",
                            Setting.HOST_DELAY_MS, "0",
                            Setting.IGNORE_ROBOTS, "true"),
                    Map.of());
            try (ClauseWatch app = ClauseWatch.open(settings)) {
                DeclarationSet set = app.declarationLoader().load(declarations);
                List<DocumentDeclaration> tracked = set.services().stream()
                        .map(ServiceDeclaration::documents)
                        .flatMap(List::stream)
                        .toList();
                measure("first pass", () -> app.track(tracked));
                for (int i = 1; i <= unchangedPasses; i++) {
                    measure("unchanged pass " + i, () -> app.track(tracked));
                }
                for (int i = 0; i < documents.size(); i += 10) {
                    write(pages, documents.get(i), documents.get(i).previous());
                }
                TrackingReport changed = measure("10%-changed pass", () -> app.track(tracked));
                for (int i = 0; i < documents.size(); i += 10) {
                    SiteDocument d = documents.get(i);
                    changed.documents().stream()
                            .filter(o -> o.service().equals(d.service())
                                    && o.termsType().equals(d.type()))
                            .filter(o -> o.outcome() != DocumentOutcome.Outcome.NEW_VERSION)
                            .forEach(o -> System.out.println("  changed page, no new version: " + o.service() + " / "
                                    + o.termsType()
                                    + (d.latest().strip().equals(d.previous().strip())
                                            ? " (the two corpus versions differ only in whitespace)"
                                            : "")));
                }
            }
        } finally {
            site.destroy();
        }
    }

    static void write(Path pages, SiteDocument d, String markdown) throws IOException {
        Files.writeString(pages.resolve(d.path().substring(1) + ".html"), MarkdownSite.page(d.type(), markdown));
    }

    private static Process startSite(Path pages) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        StaticSite.class.getName(),
                        pages.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static TrackingReport measure(String name, java.util.function.Supplier<TrackingReport> pass) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        TrackingReport report = pass.get();
        double wallMs = (System.nanoTime() - wall) / 1e6;
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        int n = report.documents().size();
        System.out.printf(
                "%-17s %4d docs: %d new, %d unchanged, %d failed | wall %8.1f ms | CPU %8.1f ms = %6.2f ms/doc | peak heap %5.1f MB%n",
                name,
                n,
                report.count(DocumentOutcome.Outcome.NEW_VERSION),
                report.count(DocumentOutcome.Outcome.UNCHANGED),
                report.count(DocumentOutcome.Outcome.FAILED),
                wallMs,
                cpuMs,
                cpuMs / n,
                peak / 1e6);
        report.documents().stream()
                .filter(d -> d.failure().isPresent())
                .limit(5)
                .forEach(d -> System.out.println("  failed: " + d.service() + " / " + d.termsType() + ": "
                        + d.failure().orElseThrow()));
        return report;
    }

    static List<SiteDocument> documents(Path ota, int count, int hosts) throws IOException {
        List<SiteDocument> documents = new ArrayList<>();
        try (Stream<Path> services = Files.list(ota)) {
            for (Path service : services.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals("declarations"))
                    .sorted()
                    .toList()) {
                try (Stream<Path> types = Files.list(service)) {
                    for (Path type : types.filter(Files::isDirectory).sorted().toList()) {
                        List<Path> versions;
                        try (Stream<Path> files = Files.list(type)) {
                            versions = files.filter(p -> p.toString().endsWith(".md"))
                                    .sorted(Comparator.reverseOrder())
                                    .limit(2)
                                    .toList();
                        }
                        if (versions.size() == 2 && documents.size() < count) {
                            int index = documents.size();
                            documents.add(new SiteDocument(
                                    service.getFileName().toString(),
                                    type.getFileName().toString(),
                                    "/doc-" + index,
                                    1 + index % hosts,
                                    Files.readString(versions.get(0)),
                                    Files.readString(versions.get(1))));
                        }
                    }
                }
            }
        }
        // The corpus has fewer documents than a large site: serve the first ones again under other service names.
        int available = documents.size();
        for (int i = 0; documents.size() < count; i++) {
            SiteDocument d = documents.get(i % available);
            int index = documents.size();
            documents.add(new SiteDocument(
                    d.service() + " (mirror " + (1 + i / available) + ")",
                    d.type(),
                    "/doc-" + index,
                    1 + index % hosts,
                    d.latest(),
                    d.previous()));
        }
        return documents.subList(0, count);
    }

    static Path declarations(Path work, int port, List<SiteDocument> documents) throws IOException {
        Path folder = Files.createDirectories(work.resolve("declarations"));
        var byService = new java.util.TreeMap<String, List<SiteDocument>>();
        documents.forEach(d ->
                byService.computeIfAbsent(d.service(), k -> new ArrayList<>()).add(d));
        for (var entry : byService.entrySet()) {
            StringBuilder json = new StringBuilder("{\"name\": ")
                    .append(quote(entry.getKey()))
                    .append(", \"terms\": {");
            for (int i = 0; i < entry.getValue().size(); i++) {
                SiteDocument d = entry.getValue().get(i);
                json.append(i == 0 ? "" : ",")
                        .append(quote(d.type()))
                        .append(": {\"fetch\": ")
                        .append(quote("http://127.0.0." + d.host() + ":" + port + d.path()))
                        .append(", \"select\": \"main\"}");
            }
            Files.writeString(
                    folder.resolve(entry.getKey() + ".json"), json.append("}}").toString());
        }
        return folder;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
