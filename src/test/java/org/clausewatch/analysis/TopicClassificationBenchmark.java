package org.clausewatch.analysis;

import java.io.IOException;
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
 * Provisions per second per core of the topic classifier (goal: at least 5,000), over the 206 real provision
 * excerpts of the AI check set (AI services' terms and policies, up to 700 characters each). Run with
 * {@code scripts/benchmark jmh TopicClassificationBenchmark}.
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

    private TopicClassifier classifier;
    private List<String> provisions;

    @Setup
    public void load() throws IOException {
        classifier = TopicClassifier.load();
        provisions = AiCheckSet.items().stream().map(AiCheckSet.Item::excerpt).toList();
        if (provisions.size() != SIZE) {
            throw new IllegalStateException("expected " + SIZE + " provisions, found " + provisions.size());
        }
    }

    /** One operation classifies every provision of the check set, so provisions per second = operations × 206. */
    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void classifyProvisions(Blackhole blackhole) {
        for (String provision : provisions) {
            blackhole.consume(classifier.classify(provision));
        }
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
