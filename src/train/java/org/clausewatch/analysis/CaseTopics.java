package org.clausewatch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.knowledge.InvalidKnowledgeException;
import org.clausewatch.knowledge.KnowledgeFile;
import org.clausewatch.knowledge.Taxonomy;

/**
 * Which taxonomy topics each ToS;DR case ({@code tosdr-topics.tsv}) or UNFAIR-ToS kind ({@code unfair-topics.tsv})
 * stands for: the bridge that lets those labelled data train the topic model. A listed case may map to no topic
 * (its quotes are then negatives only).
 */
final class CaseTopics {
    /** ToS;DR case titles to topics. */
    static final String TOSDR = "tosdr-topics.tsv";
    /** UNFAIR-ToS kind codes to topics. */
    static final String UNFAIR = "unfair-topics.tsv";

    private final Map<String, List<String>> topicsOfCase;

    private CaseTopics(Map<String, List<String>> topicsOfCase) {
        this.topicsOfCase = topicsOfCase;
    }

    static CaseTopics load(String resource, Taxonomy taxonomy) throws IOException {
        return parse(resource, KnowledgeFile.resource(CaseTopics.class, resource), TopicCues.topicIds(taxonomy));
    }

    /** Reads the mapping; errors name {@code name}, the line number and the bad value. */
    static CaseTopics parse(String name, String text, Set<String> topics) throws InvalidKnowledgeException {
        Map<String, List<String>> map = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (i + 1);
            String[] fields = line.split("\t", -1);
            if (fields.length != 3 || fields[0].isBlank() || fields[2].isBlank()) {
                throw new InvalidKnowledgeException(
                        where + ": expected 'name <TAB> topics <TAB> why', all present, got '" + line + "'");
            }
            if (map.put(fields[0].strip(), topics(where, fields[1].strip(), topics)) != null) {
                throw new InvalidKnowledgeException(where + ": '" + fields[0].strip() + "' is listed twice");
            }
        }
        return new CaseTopics(map);
    }

    private static List<String> topics(String where, String field, Set<String> known) throws InvalidKnowledgeException {
        if (field.equals("-")) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : field.split(",", -1)) {
            String topic = id.strip();
            if (!known.contains(topic)) {
                throw new InvalidKnowledgeException(where + ": topic '" + topic + "' is not in the taxonomy");
            }
            ids.add(topic);
        }
        return List.copyOf(ids);
    }

    /** The topics of {@code caseTitle}; empty when the case is not listed (its points are left out). */
    Optional<List<String>> topics(String caseTitle) {
        return Optional.ofNullable(topicsOfCase.get(caseTitle));
    }

    int size() {
        return topicsOfCase.size();
    }
}
