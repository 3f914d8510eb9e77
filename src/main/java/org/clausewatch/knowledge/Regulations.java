package org.clausewatch.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The regulation references of {@code regulations.json} and which topics they are potentially relevant to;
 * checked against the taxonomy so that a mapping can never name a topic that does not exist.
 */
public final class Regulations {
    static final String RESOURCE = "regulations.json";

    private final String version;
    private final List<RegulationReference> references;
    private final Map<String, List<RegulationReference>> byTopic;

    private Regulations(
            String version,
            Map<String, RegulationReference> references,
            Map<String, List<RegulationReference>> byTopic) {
        this.version = version;
        this.references = List.copyOf(references.values());
        this.byTopic = Map.copyOf(byTopic);
    }

    /** The references shipped with ClauseWatch, checked against {@code taxonomy}. */
    public static Regulations load(Taxonomy taxonomy) {
        try {
            return parse(RESOURCE, KnowledgeFile.resource(Regulations.class, RESOURCE), taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads references and mappings from JSON text; {@code name} names the file in error messages. */
    public static Regulations parse(String name, String json, Taxonomy taxonomy) throws InvalidKnowledgeException {
        KnowledgeFile file = KnowledgeFile.parse(name, json);
        Map<String, RegulationReference> references = new LinkedHashMap<>();
        List<JsonNode> entries = file.array(file.root(), "references", "top level");
        for (int i = 0; i < entries.size(); i++) {
            RegulationReference reference = reference(file, entries.get(i), "reference " + (i + 1));
            if (references.put(reference.id(), reference) != null) {
                throw file.problem("reference " + (i + 1), "duplicate reference id '" + reference.id() + "'");
            }
        }
        return new Regulations(file.version(), references, mappings(file, references, taxonomy));
    }

    private static RegulationReference reference(KnowledgeFile file, JsonNode node, String where)
            throws InvalidKnowledgeException {
        String id = file.string(node, "id", where);
        String at = "reference " + id;
        return new RegulationReference(
                id,
                file.string(node, "instrument", at),
                file.string(node, "article", at),
                file.string(node, "requirement", at),
                date(file, file.string(node, "inForce", at), at),
                file.string(node, "jurisdiction", at));
    }

    private static LocalDate date(KnowledgeFile file, String value, String where) throws InvalidKnowledgeException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw file.problem(where, "inForce '" + value + "' is not a date of the form YYYY-MM-DD");
        }
    }

    private static Map<String, List<RegulationReference>> mappings(
            KnowledgeFile file, Map<String, RegulationReference> references, Taxonomy taxonomy)
            throws InvalidKnowledgeException {
        JsonNode mappings = file.root().get("mappings");
        if (mappings == null || !mappings.isObject()) {
            throw file.problem("top level", "'mappings' must be an object from topic id to reference ids");
        }
        Map<String, List<RegulationReference>> byTopic = new LinkedHashMap<>();
        for (String topic : mappings.propertyNames()) {
            if (!taxonomy.contains(topic)) {
                throw file.problem("mappings", "topic '" + topic + "' is not in the taxonomy");
            }
            List<RegulationReference> mapped = new ArrayList<>();
            for (String id : file.strings(mappings, topic, "mapping of " + topic)) {
                RegulationReference reference = references.get(id);
                if (reference == null) {
                    throw file.problem("mapping of " + topic, "reference '" + id + "' is not defined");
                }
                mapped.add(reference);
            }
            byTopic.put(topic, List.copyOf(mapped));
        }
        return byTopic;
    }

    public String version() {
        return version;
    }

    /** Every reference in file order. */
    public List<RegulationReference> references() {
        return references;
    }

    /** The references potentially relevant to provisions of {@code topicId}; empty for unmapped topics. */
    public List<RegulationReference> referencesFor(String topicId) {
        return byTopic.getOrDefault(topicId, List.of());
    }
}
