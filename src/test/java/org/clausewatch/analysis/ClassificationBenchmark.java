package org.clausewatch.analysis;

import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentences per second per core of the unfair-clause classifier (goal: at least 5,000), over eight typical provisions
 * and over the 2,275 UNFAIR-ToS validation sentences ({@code ../shared/corpus/labelled}, or
 * {@code -Dclausewatch.corpus}). Run with {@code scripts/benchmark jmh ClassificationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassificationBenchmark {
    /** Typical provisions: short and long, fair and unfair, as they come out of segmentation. */
    private static final List<String> PROVISIONS = List.of(
            "we may terminate or suspend your account at any time , for any reason , without notice .",
            "these terms shall be governed by the laws of the state of california , without regard to its conflict"
                    + " of law provisions , and you submit to the exclusive jurisdiction of the courts located in"
                    + " santa clara county .",
            "if you have questions about these terms , please contact us .",
            "in no event shall the company , its affiliates , directors or employees be liable for any indirect ,"
                    + " incidental , special , consequential or punitive damages , including without limitation loss"
                    + " of profits , data , use , goodwill , or other intangible losses , resulting from your access to"
                    + " or use of or inability to access or use the service .",
            "you must be at least 13 years old to use the service .",
            "by using the services , you agree to be bound by these terms and our privacy policy .",
            "we reserve the right to remove any content that we consider , at our sole discretion , to violate"
                    + " these terms .",
            "you and we agree that any dispute will be resolved by binding individual arbitration .");

    private UnfairClauseClassifier classifier;
    private List<String> validation;
    private int next;

    @Setup
    public void load() {
        classifier = UnfairClauseClassifier.load();
        validation = RealProvisions.validationSentences(
                Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus")));
    }

    /** One validation sentence per operation, in file order, so operations per second are sentences per second. */
    @Benchmark
    public List<String> classifyValidationSentences() {
        next = next + 1 == validation.size() ? 0 : next + 1;
        return classifier.classify(validation.get(next));
    }

    /** One operation classifies all {@value #SIZE} provisions, so sentences per second = operations × 8. */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(SIZE)
    public void classifyProvisions(Blackhole blackhole) {
        for (String provision : PROVISIONS) {
            blackhole.consume(classifier.classify(provision));
        }
    }

    static final int SIZE = 8;
}
