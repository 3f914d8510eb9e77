package org.clausewatch.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Provisions per second per core of the topic classifier (goal: at least 5,000), over the first 206 real provision
 * excerpts of the AI check set (AI services' terms and policies, up to 700 characters each) and over every paragraph
 * of the latest version of every document of the shared corpus ({@code ../shared/corpus/ota}, or
 * {@code -Dclausewatch.corpus}). Run with {@code scripts/benchmark jmh TopicClassificationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class TopicClassificationBenchmark {
    static final int SIZE = 206;
    /**
     * Short typical provisions of the kind the unfair-clause benchmark ({@link ClassificationBenchmark}) uses, so
     * that the two classifiers can be compared on the same machine at the same time.
     */
    private static final List<String> TYPICAL = List.of(
            "We may terminate or suspend your account at any time, for any reason, without notice.",
            "These Terms shall be governed by the laws of the State of California, and you submit to the exclusive"
                    + " jurisdiction of the courts located in Santa Clara County.",
            "If you have questions about these Terms, please contact us.",
            "In no event shall the Company be liable for any indirect, incidental, special or consequential damages,"
                    + " including loss of profits, data, use or goodwill, resulting from your use of the Service.",
            "You must be at least 13 years old to use the Service.",
            "By using the Services, you agree to be bound by these Terms and our Privacy Policy.",
            "We may use your conversations to train our models unless you opt out in your settings.",
            "You and we agree that any dispute will be resolved by binding individual arbitration.");

    private TopicClassifier classifier;
    private List<String> provisions;
    private List<String> corpusProvisions;
    private int next;

    @Setup
    public void load() throws IOException {
        classifier = TopicClassifier.load();
        // The first 206 items, those of the figures measured before the set grew, so that figures stay comparable.
        provisions = AiCheckSet.items().stream()
                .filter(item -> item.id() <= SIZE)
                .map(AiCheckSet.Item::excerpt)
                .toList();
        if (provisions.size() != SIZE) {
            throw new IllegalStateException("expected " + SIZE + " provisions, found " + provisions.size());
        }
        corpusProvisions =
                RealProvisions.latestParagraphs(Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus"))
                        .resolve("ota"));
        System.out.println("\n" + corpusProvisions.size() + " corpus provisions");
    }

    /** One operation classifies every provision of the check set, so provisions per second = operations × 206. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void classifyProvisions(Blackhole blackhole) {
        for (String provision : provisions) {
            blackhole.consume(classifier.classify(provision));
        }
    }

    /** One operation classifies the eight short typical provisions. */
    @Benchmark
    @OperationsPerInvocation(8)
    public void classifyTypicalProvisions(Blackhole blackhole) {
        for (String provision : TYPICAL) {
            blackhole.consume(classifier.classify(provision));
        }
    }

    /**
     * One paragraph of the corpus per operation, with evidence, as import reads a new wording: operations per second
     * are provisions per second.
     */
    @Benchmark
    public List<Label> classifyCorpusProvisions() {
        next = next + 1 == corpusProvisions.size() ? 0 : next + 1;
        return classifier.classify(corpusProvisions.get(next));
    }

    /** The same without evidence, as the {@code classify} command asks. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void decideProvisions(Blackhole blackhole) {
        for (String provision : provisions) {
            blackhole.consume(classifier.decide(provision));
        }
    }
}
