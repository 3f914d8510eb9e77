package org.clausewatch.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.clausewatch.source.Filter;
import org.clausewatch.source.Selector;
import org.clausewatch.source.SourceDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only reader for Open Terms Archive declaration files, just enough to drive golden extraction tests; the
 * production loader lives in {@code org.clausewatch.source}. Named JavaScript filters are ignored, as ClauseWatch
 * never runs them.
 */
final class OtaDeclarations {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OtaDeclarations() {}

    /** The pages of a document as declared for captures made at {@code at} (history entries included). */
    static List<SourceDocument> sources(Path folder, String service, String termsType, Instant at) throws IOException {
        JsonNode terms = read(folder.resolve(service + ".json")).get("terms").get(termsType);
        Path history = folder.resolve(service + ".history.json");
        if (Files.exists(history)) {
            terms = historical(read(history).get(termsType), at).orElse(terms);
        }
        if (terms == null) {
            throw new IOException(folder + ": no declaration for " + service + " / " + termsType);
        }
        return sourcesOf(terms);
    }

    private static Optional<JsonNode> historical(JsonNode entries, Instant at) {
        if (entries == null) {
            return Optional.empty();
        }
        return entries.values().stream()
                .filter(e -> !at.isAfter(Instant.parse(e.get("validUntil").asString())))
                .min(Comparator.comparing(e -> Instant.parse(e.get("validUntil").asString())));
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    private static List<SourceDocument> sourcesOf(JsonNode terms) {
        if (!terms.has("combine")) {
            return List.of(source(properties(terms)));
        }
        List<SourceDocument> sources = new ArrayList<>();
        for (JsonNode entry : terms.get("combine").values()) {
            Map<String, JsonNode> merged = properties(terms);
            merged.remove("combine");
            merged.putAll(properties(entry));
            sources.add(source(merged));
        }
        return sources;
    }

    private static Map<String, JsonNode> properties(JsonNode node) {
        Map<String, JsonNode> map = new TreeMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static SourceDocument source(Map<String, JsonNode> node) {
        return new SourceDocument(
                URI.create(node.get("fetch").asString()),
                selectors(node.get("select")),
                selectors(node.get("remove")),
                filters(node.get("filter")),
                node.containsKey("executeClientScripts")
                        && node.get("executeClientScripts").asBoolean());
    }

    private static List<Selector> selectors(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(selector(node));
        }
        return node.values().stream().map(OtaDeclarations::selector).toList();
    }

    private static Selector selector(JsonNode node) {
        if (node.isString()) {
            return new Selector.Css(node.asString());
        }
        return new Selector.Range(
                text(node, "startBefore"), text(node, "startAfter"), text(node, "endBefore"), text(node, "endAfter"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.optional(field).map(JsonNode::asString);
    }

    private static List<Filter> filters(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        List<Filter> filters = new ArrayList<>();
        for (JsonNode filter : node.values()) {
            if (filter.isObject() && filter.has("removeQueryParams")) {
                filters.add(new Filter.RemoveQueryParams(filter.get("removeQueryParams").values().stream()
                        .map(JsonNode::asString)
                        .toList()));
            }
        }
        return filters;
    }
}
