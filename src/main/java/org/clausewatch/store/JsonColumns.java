package org.clausewatch.store;

import java.util.List;
import org.clausewatch.analysis.Label;
import org.clausewatch.change.Redline;
import org.clausewatch.common.Labels;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small lists kept as JSON text in one column, the same way in both dialects. Labels and redline runs are written
 * through stored shapes of their own, so that a change to the core's records never changes what is stored.
 */
final class JsonColumns {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<RedlineRun>> RUNS = new TypeReference<>() {};
    private static final TypeReference<List<LabelRow>> LABELS = new TypeReference<>() {};

    private JsonColumns() {}

    static String write(List<String> strings) {
        return JSON.writeValueAsString(strings);
    }

    static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }

    static String labels(List<Label> labels) {
        return JSON.writeValueAsString(labels.stream()
                .map(l -> new LabelRow(l.code(), l.confidence(), l.evidence()))
                .toList());
    }

    static List<Label> labels(String json) {
        return JSON.readValue(json, LABELS).stream()
                .map(l -> new Label(l.code(), l.confidence(), l.evidence()))
                .toList();
    }

    /** NULL for no redline: only modified items have one. */
    static String redline(List<Redline> redline) {
        return redline.isEmpty()
                ? null
                : JSON.writeValueAsString(redline.stream()
                        .map(r -> new RedlineRun(Labels.of(r.op()), r.text()))
                        .toList());
    }

    static List<Redline> redline(String json) {
        return json == null
                ? List.of()
                : JSON.readValue(json, RUNS).stream()
                        .map(r -> new Redline(Columns.label(r.op(), "redline", Redline.Op.class), r.text()))
                        .toList();
    }
}
