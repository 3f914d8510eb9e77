package org.clausewatch.provision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Differ;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Segmentation and alignment of the largest document of the shared corpus (Google Generative AI Services' Privacy
 * Policy, about 180 KB of Markdown) against its previous version. "Cold" runs use new instances, so nothing is
 * remembered from earlier texts: the worst case. "Warm" runs reuse one instance that has seen the previous version, as
 * an import of a history does. Run with: {@code java -cp <test classpath> org.openjdk.jmh.Main SegmentationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentationBenchmark {
    private String previousText;
    private String nextText;
    private List<LineagedProvision> previous;
    private List<Provision> next;
    private final Segmenter warmSegmenter = new Segmenter();
    private final Aligner warmAligner = new Aligner();
    private final Differ differ = new Differ();
    private final AtomicLong ids = new AtomicLong();

    @Setup
    public void readLargestHistory() throws IOException {
        Path corpus = Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus"));
        Path document = corpus.resolve("ota/Google Generative AI Services/Privacy Policy");
        if (!Files.isDirectory(document)) {
            throw new IllegalStateException("benchmark needs the shared corpus at " + document.toAbsolutePath()
                    + " (set -Dclausewatch.corpus)");
        }
        List<Path> versions;
        try (Stream<Path> files = Files.list(document)) {
            versions = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        previousText = Files.readString(versions.get(versions.size() - 2));
        nextText = Files.readString(versions.get(versions.size() - 1));
        previous = warmAligner
                .align(List.of(), warmSegmenter.segment(previousText), this::newId)
                .provisions();
        next = warmSegmenter.segment(nextText);
    }

    private String newId() {
        return "L" + ids.incrementAndGet();
    }

    @Benchmark
    public List<Provision> segmentCold() {
        return new Segmenter().segment(nextText);
    }

    @Benchmark
    public List<Provision> segmentWarm() {
        return warmSegmenter.segment(nextText);
    }

    @Benchmark
    public Alignment alignCold() {
        return new Aligner().align(previous, next, this::newId);
    }

    @Benchmark
    public Alignment alignWarm() {
        return warmAligner.align(previous, next, this::newId);
    }

    /** What an import does per version: segment, align with the previous version, and make the change record. */
    @Benchmark
    public ChangeRecord segmentAlignDiffWarm() {
        Alignment alignment = warmAligner.align(previous, warmSegmenter.segment(nextText), this::newId);
        return differ.diff(previous, alignment.provisions());
    }

    /** The same, with nothing remembered from the previous version's texts. */
    @Benchmark
    public ChangeRecord segmentAlignDiffCold() {
        Alignment alignment = new Aligner().align(previous, new Segmenter().segment(nextText), this::newId);
        return differ.diff(previous, alignment.provisions());
    }
}
