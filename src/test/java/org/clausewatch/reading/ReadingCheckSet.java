package org.clausewatch.reading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.testing.Corpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ai-readings check set of the shared corpus ({@code labelled/ai-readings}): 340 provisions labelled twice,
 * independently, for training stance, opt-out, grantee, assignment, conditions and severity band, in a {@code study}
 * half and an {@code unstudied} half. Fields on which the two labelling passes disagreed are left out of every score.
 */
final class ReadingCheckSet {
    static final String STUDY = "study";
    static final String UNSTUDIED = "unstudied";

    /** What both labelling passes agreed on; a field in {@code disagreements} is ambiguous and never scored. */
    record Labels(
            boolean isProvision,
            Set<String> topics,
            Optional<String> trainingUse,
            Optional<String> trainingOptOut,
            Optional<String> grantee,
            Optional<String> assignment,
            boolean userTrainingRestriction,
            Optional<String> severity) {}

    /** One labelled provision. */
    record Item(
            String id,
            String half,
            String service,
            String termsType,
            String text,
            Labels labels,
            Set<String> disagreements,
            List<String> conditions) {
        boolean scored(String field) {
            return !disagreements.contains(field);
        }
    }

    private ReadingCheckSet() {}

    static Path file() {
        return Corpus.root().resolve("labelled/ai-readings/ai-readings.jsonl");
    }

    static List<Item> items() throws IOException {
        return items(file());
    }

    /** Items of a file in the check set's format, such as a development set labelled the same way. */
    static List<Item> items(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                items.add(item(json.readTree(line)));
            }
        }
        return items;
    }

    static List<Item> half(List<Item> items, String half) {
        return items.stream().filter(item -> item.half().equals(half)).toList();
    }

    private static Item item(JsonNode node) {
        JsonNode labels = node.get("labels");
        Set<String> disagreements = new HashSet<>(node.get("disagreements").propertyNames());
        List<String> conditions = new ArrayList<>();
        node.get("conditions").forEach(c -> conditions.add(c.asString()));
        return new Item(
                node.get("id").asString(),
                node.get("half").asString(),
                node.get("service").asString(),
                node.get("terms_type").asString(),
                node.get("text").asString(),
                new Labels(
                        labels.path("is_provision").asBoolean(true),
                        topics(labels.path("topics")),
                        text(labels, "training_use"),
                        text(labels, "training_opt_out"),
                        text(labels, "grantee"),
                        text(labels, "assignment"),
                        labels.path("user_training_restriction").asBoolean(false),
                        text(labels, "severity")),
                Set.copyOf(disagreements),
                List.copyOf(conditions));
    }

    private static Set<String> topics(JsonNode node) {
        Set<String> topics = new HashSet<>();
        node.forEach(t -> topics.add(t.asString()));
        return Set.copyOf(topics);
    }

    private static Optional<String> text(JsonNode labels, String field) {
        JsonNode value = labels.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }
}
