package org.clausewatch.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The loader of knowledge files: the text of a class-path resource, and one versioned JSON knowledge file read with
 * typed accessors whose errors name the file and the entry.
 */
public final class KnowledgeFile {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String name;
    private final JsonNode root;

    private KnowledgeFile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    static KnowledgeFile parse(String name, String json) throws InvalidKnowledgeException {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InvalidKnowledgeException(name + ": top level must be a JSON object");
            }
            KnowledgeFile file = new KnowledgeFile(name, root);
            file.string(root, "version", "top level");
            return file;
        } catch (JacksonException e) {
            throw new InvalidKnowledgeException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The UTF-8 text of the class-path resource {@code resource} beside the class {@code owner}. */
    public static String resource(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource + ": missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    String name() {
        return name;
    }

    JsonNode root() {
        return root;
    }

    String version() {
        return root.get("version").stringValue();
    }

    List<JsonNode> array(JsonNode parent, String key, String where) throws InvalidKnowledgeException {
        JsonNode node = parent.get(key);
        if (node == null || !node.isArray()) {
            throw problem(where, "'" + key + "' must be an array");
        }
        return List.copyOf(node.values());
    }

    String string(JsonNode parent, String key, String where) throws InvalidKnowledgeException {
        JsonNode node = parent.get(key);
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw problem(where, "'" + key + "' is missing or not a non-empty string");
        }
        return node.stringValue().strip();
    }

    List<String> strings(JsonNode parent, String key, String where) throws InvalidKnowledgeException {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : array(parent, key, where)) {
            if (!element.isString() || element.stringValue().isBlank()) {
                throw problem(where, "'" + key + "' holds " + element + ", not a non-empty string");
            }
            strings.add(element.stringValue().strip());
        }
        return strings;
    }

    InvalidKnowledgeException problem(String where, String what) {
        return new InvalidKnowledgeException(name + ", " + where + ": " + what);
    }
}
