package org.clausewatch.reading;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.clausewatch.testing.Corpus;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a sentence encoder costs: cold load time of its model and embedding speed on the calling thread. A command, not
 * a test (timings are never asserted); run it in a fresh JVM per encoder, pinned to one core ({@code taskset -c 0}),
 * as {@code scripts/benchmark encoder-cost} does.
 */
final class EncoderCost {
    private EncoderCost() {}

    public static void main(String[] args) throws IOException {
        SentenceEncoder encoder = SentenceEncoder.named(args.length > 0 ? args[0] : "minilm");
        long start = System.nanoTime();
        EmbeddingModel model = encoder.load();
        long loaded = System.nanoTime();
        encoder.embed(model, "We may use your content to train our models.");
        long first = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%s: JVM up to here %d ms; model load %.0f ms; first embedding %.0f ms%n",
                encoder.id,
                ManagementFactory.getRuntimeMXBean().getUptime() - (first - start) / 1_000_000,
                (loaded - start) / 1e6,
                (first - loaded) / 1e6);
        JsonMapper json = JsonMapper.builder().build();
        List<String> sentences =
                Files.readAllLines(Corpus.root().resolve("labelled/unfair-tos/validation.jsonl")).stream()
                        .limit(1000)
                        .map(line -> json.readTree(line).get("text").asString())
                        .toList();
        List<String> provisions =
                ReadingCheckSet.items().stream().map(ReadingCheckSet.Item::text).toList();
        rate(encoder, model, "UNFAIR-ToS validation sentences", sentences);
        rate(encoder, model, "ai-readings provisions", provisions);
    }

    private static void rate(SentenceEncoder encoder, EmbeddingModel model, String what, List<String> texts) {
        for (String text : texts.subList(0, Math.min(50, texts.size()))) {
            encoder.embed(model, text);
        }
        double chars = texts.stream().mapToInt(String::length).average().orElse(0);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (String text : texts) {
            encoder.embed(model, text);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %d %s (mean %.0f characters): %.1f /s wall, %.1f per CPU-second of the calling thread%n",
                encoder.id,
                texts.size(),
                what,
                chars,
                texts.size() / seconds,
                texts.size() / cpuSeconds);
    }
}
