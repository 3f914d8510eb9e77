package org.clausewatch.store;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Small lists kept as JSON text in one column, the same way in both dialects. */
final class JsonColumns {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<RedlineRun>> RUNS = new TypeReference<>() {};
    private static final TypeReference<List<LabelRow>> LABELS = new TypeReference<>() {};

    private JsonColumns() {}

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }

    static List<LabelRow> labels(String json) {
        return JSON.readValue(json, LABELS);
    }

    static List<RedlineRun> runs(String json) {
        return json == null ? List.of() : JSON.readValue(json, RUNS);
    }
}
