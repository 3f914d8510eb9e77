package org.clausewatch.analysis.attribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Provisions per second per core of attribute reading alone and of the whole analysis (reading, severity, explanation,
 * regulation references), over every paragraph of the latest version of each document of the AI services in
 * {@code ../shared/corpus/ota} (or {@code -Dclausewatch.corpus}). Run with {@code scripts/benchmark jmh
 * AttributeAnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AttributeAnalysisBenchmark {
    static final List<String> SERVICES = List.of(
            "ChatGPT",
            "Claude.ai",
            "Midjourney",
            "Grok",
            "DeepSeek",
            "GitHub Copilot",
            "Grammarly",
            "Stability AI",
            "Replicate",
            "Hugging Face",
            "Cursor",
            "Google Generative AI Services",
            "Meta AI",
            "xAI");

    private Analyst analyst;
    private List<String> provisions;
    private int next;

    @Setup
    public void load() {
        analyst = Analyst.load();
        provisions = provisions(Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus"))
                .resolve("ota"));
        System.out.println("\n" + provisions.size() + " provisions");
    }

    /** One provision per operation, so operations per second are provisions per second. */
    @Benchmark
    public Analysis analyse() {
        return analyst.analyse("Service", provisions.get(advance()), Set.of());
    }

    @Benchmark
    public List<Attribute> read() {
        return analyst.read(provisions.get(advance()));
    }

    private int advance() {
        next = next + 1 == provisions.size() ? 0 : next + 1;
        return next;
    }

    static List<String> provisions(Path ota) {
        List<String> provisions = new ArrayList<>();
        for (String service : SERVICES) {
            Path folder = ota.resolve(service);
            if (Files.isDirectory(folder)) {
                provisions.addAll(latestParagraphs(folder));
            }
        }
        if (provisions.isEmpty()) {
            throw new IllegalStateException("no corpus at " + ota.toAbsolutePath() + "; set -Dclausewatch.corpus=DIR");
        }
        return List.copyOf(provisions);
    }

    private static List<String> latestParagraphs(Path service) {
        try (Stream<Path> documents = Files.list(service)) {
            List<String> paragraphs = new ArrayList<>();
            for (Path document : documents.sorted().toList()) {
                try (Stream<Path> versions = Files.list(document)) {
                    versions.filter(p -> p.toString().endsWith(".md"))
                            .max(Path::compareTo)
                            .ifPresent(latest -> {
                                paragraphs.addAll(paragraphs(latest));
                            });
                }
            }
            return paragraphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> paragraphs(Path version) {
        try {
            return Files.readAllLines(version, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.strip().length() >= 40)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
