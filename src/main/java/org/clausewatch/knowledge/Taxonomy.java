package org.clausewatch.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The topic taxonomy (A1…F10) read and checked from the versioned {@code taxonomy.json}. */
public final class Taxonomy {
    static final String RESOURCE = "taxonomy.json";
    private static final Pattern TOPIC_ID = Pattern.compile("([A-Z])([1-9][0-9]?)");

    private final String version;
    private final Map<String, Topic> topics;

    private Taxonomy(String version, List<Topic> topics) {
        this.version = version;
        this.topics = new LinkedHashMap<>();
        topics.forEach(topic -> this.topics.put(topic.id(), topic));
    }

    /** The taxonomy shipped with ClauseWatch; a broken file stops start-up with the file and entry named. */
    public static Taxonomy load() {
        try {
            return parse(RESOURCE, KnowledgeFile.resource(Taxonomy.class, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a taxonomy from JSON text; {@code name} names the file in error messages. */
    public static Taxonomy parse(String name, String json) throws InvalidKnowledgeException {
        KnowledgeFile file = KnowledgeFile.parse(name, json);
        Set<String> groups = groups(file);
        List<Topic> topics = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> entries = file.array(file.root(), "topics", "top level");
        for (int i = 0; i < entries.size(); i++) {
            Topic topic = topic(file, entries.get(i), "topic " + (i + 1), groups);
            if (!ids.add(topic.id())) {
                throw file.problem("topic " + (i + 1), "duplicate topic id '" + topic.id() + "'");
            }
            topics.add(topic);
        }
        return new Taxonomy(file.version(), topics);
    }

    private static Set<String> groups(KnowledgeFile file) throws InvalidKnowledgeException {
        Set<String> groups = new HashSet<>();
        for (JsonNode group : file.array(file.root(), "groups", "top level")) {
            String id = file.string(group, "id", "groups");
            file.string(group, "name", "group " + id);
            if (!groups.add(id)) {
                throw file.problem("groups", "duplicate group id '" + id + "'");
            }
        }
        return groups;
    }

    private static Topic topic(KnowledgeFile file, JsonNode node, String where, Set<String> groups)
            throws InvalidKnowledgeException {
        String id = file.string(node, "id", where);
        var matcher = TOPIC_ID.matcher(id);
        if (!matcher.matches() || !groups.contains(matcher.group(1))) {
            throw file.problem(where, "topic id '" + id + "' is not a known group letter followed by a number");
        }
        String at = "topic " + id;
        return new Topic(
                id,
                matcher.group(1),
                file.string(node, "name", at),
                file.string(node, "definition", at),
                file.strings(node, "typicalLanguage", at),
                severity(file, file.string(node, "defaultSeverity", at), at),
                file.string(node, "severityGuidance", at));
    }

    private static Severity severity(KnowledgeFile file, String value, String where) throws InvalidKnowledgeException {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw file.problem(where, "defaultSeverity '" + value + "' is not low, medium, high or critical");
        }
    }

    public String version() {
        return version;
    }

    /** Every topic in file order. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    boolean contains(String id) {
        return topics.containsKey(id);
    }
}
