package org.clausewatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The hand-labelled AI-topic check set ({@code ai-topics-checkset.tsv}, a test fixture) and its scoring. */
final class AiCheckSet {
    static final String RESOURCE = "ai-topics-checkset.tsv";
    /** The topics the check set judges; other topics a provision may have are not labelled. */
    static final List<String> TOPICS =
            List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "D1", "D2", "D3", "D4");

    /** One labelled provision excerpt. */
    record Item(int id, String service, String termsType, String version, Set<String> topics, String excerpt) {}

    private AiCheckSet() {}

    static List<Item> items() throws IOException {
        String text;
        try (InputStream in = AiCheckSet.class.getResourceAsStream(RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Item> items = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            Set<String> topics = f[4].equals("-") ? Set.of() : Set.of(f[4].split(","));
            items.add(new Item(Integer.parseInt(f[0]), f[1], f[2], f[3], topics, f[5]));
        }
        return items;
    }

    /** Scores {@code classifier} on the check set, counting only the AI topics. */
    static TopicScores score(ProvisionClassifier classifier) throws IOException {
        return score(classifier, item -> true);
    }

    /**
     * Scores the items {@code chosen} picks: the odd ids are the half whose errors were studied when the cues were
     * revised, the even ids the half that was not looked at (see docs/classification.md).
     */
    static TopicScores score(ProvisionClassifier classifier, java.util.function.Predicate<Item> chosen)
            throws IOException {
        TopicScores scores = new TopicScores(TOPICS);
        for (Item item : items().stream().filter(chosen).toList()) {
            Set<String> predicted = new HashSet<>();
            classifier.classify(item.excerpt()).forEach(label -> predicted.add(label.code()));
            scores.add(item.topics(), predicted);
        }
        return scores;
    }
}
