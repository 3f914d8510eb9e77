package org.clausewatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The hand-labelled AI-topic check sets ({@code ai-topics-checkset.tsv}, {@code ai-topics-checkset-2.tsv} and {@code
 * ai-topics-checkset-3.tsv}, test fixtures) and their scoring.
 */
final class AiCheckSet {
    static final String RESOURCE = "ai-topics-checkset.tsv";
    /** The second set: services that are not in the first one, labelled F1–F7 and D1–D4 only. */
    static final String SECOND = "ai-topics-checkset-2.tsv";
    /**
     * The third set: older versions' paragraphs that are no longer in the latest versions, labelled with {@link
     * #SECOND_TOPICS}; its odd ids were studied for cue version 5, its even ids are
     * never read item by item.
     */
    static final String THIRD = "ai-topics-checkset-3.tsv";
    /** The topics the first check set judges; other topics a provision may have are not labelled. */
    static final List<String> TOPICS =
            List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "D1", "D2", "D3", "D4");
    /** The topics the second check set judges (frontier-safety topics F8–F10 are left to their own check). */
    static final List<String> SECOND_TOPICS = List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "D1", "D2", "D3", "D4");

    /** One labelled provision excerpt. */
    record Item(int id, String service, String termsType, String version, Set<String> topics, String excerpt) {}

    private AiCheckSet() {}

    static List<Item> items() throws IOException {
        return items(RESOURCE);
    }

    /** The items of one check set; columns are found by their header names, so the sets may differ in columns. */
    static List<Item> items(String resource) throws IOException {
        String text;
        try (InputStream in = AiCheckSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("check set " + resource + " is not on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Item> items = new ArrayList<>();
        List<String> header = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (header == null) {
                header = Arrays.asList(f);
                continue;
            }
            items.add(item(resource, header, f));
        }
        return items;
    }

    private static Item item(String resource, List<String> header, String[] f) throws IOException {
        if (f.length != header.size()) {
            throw new IOException(resource + ", item " + f[0] + ": " + f.length + " fields, expected " + header.size());
        }
        String topics = f[header.indexOf("topics")];
        return new Item(
                Integer.parseInt(f[header.indexOf("id")]),
                f[header.indexOf("service")],
                f[header.indexOf("terms type")],
                f[header.indexOf("version")],
                topics.equals("-") ? Set.of() : Set.of(topics.split(",")),
                f[header.indexOf("excerpt")]);
    }

    /** Scores {@code classifier} on the first check set, counting only the AI topics. */
    static TopicScores score(ProvisionClassifier classifier) throws IOException {
        return score(classifier, item -> true);
    }

    /**
     * Scores the items of the first set {@code chosen} picks: the odd ids are the half whose errors were studied when
     * the cues were revised, the even ids the half that was not looked at until cue version 4 studied all items (see
     * docs/classification.md).
     */
    static TopicScores score(ProvisionClassifier classifier, Predicate<Item> chosen) throws IOException {
        return score(RESOURCE, TOPICS, classifier, chosen);
    }

    /** Scores a set of {@link #SECOND_TOPICS}: {@code parity} 1 the odd ids, 0 the even ids, anything else all items. */
    static TopicScores scoreHalf(String resource, ProvisionClassifier classifier, int parity) throws IOException {
        return score(resource, SECOND_TOPICS, classifier, item -> parity > 1 || item.id() % 2 == parity);
    }

    /** Scores the items of {@code resource} that {@code chosen} picks, counting only {@code topics}. */
    static TopicScores score(
            String resource, List<String> topics, ProvisionClassifier classifier, Predicate<Item> chosen)
            throws IOException {
        TopicScores scores = new TopicScores(topics);
        for (Item item : items(resource).stream().filter(chosen).toList()) {
            Set<String> predicted = new HashSet<>();
            classifier.classify(item.excerpt()).forEach(label -> predicted.add(label.code()));
            scores.add(item.topics(), predicted);
        }
        return scores;
    }
}
