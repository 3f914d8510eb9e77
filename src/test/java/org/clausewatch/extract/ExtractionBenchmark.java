package org.clausewatch.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extraction speed over the HTML captures of the snapshot corpus (PDF left out). {@code extractOneDocument}
 * samples single documents in turn: its p0.50 is the median time per document. {@code extractCorpus} extracts
 * every document once: MB/s is the corpus size printed at setup divided by its time.
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * mvn -q test-compile
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main ExtractionBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class ExtractionBenchmark {
    private final Extractor extractor = new Extractor();
    private List<List<Page>> documents;
    private int next;

    @Setup
    public void loadCorpus() throws IOException {
        Path snapshots = TestCorpus.locate()
                .orElseThrow(() -> new IllegalStateException(
                        "test corpus not found at ../shared/corpus nor at -Dclausewatch.corpus"))
                .resolve("ota-snapshots");
        documents = GoldenPair.all(snapshots).stream()
                .map(GoldenPair::pages)
                .filter(pages -> pages.stream().noneMatch(p -> p.mediaType().equals("application/pdf")))
                .toList();
        long bytes = documents.stream()
                .flatMap(List::stream)
                .mapToLong(p -> p.content().size())
                .sum();
        System.out.printf(Locale.ROOT, "%ncorpus: %d HTML documents, %.2f MB%n", documents.size(), bytes / 1_000_000.0);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String extractOneDocument() throws ExtractionException {
        List<Page> pages = documents.get(next);
        next = (next + 1) % documents.size();
        return extractor.extract(pages);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int extractCorpus() throws ExtractionException {
        int length = 0;
        for (List<Page> pages : documents) {
            length += extractor.extract(pages).length();
        }
        return length;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ExtractionBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
