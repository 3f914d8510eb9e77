package org.clausewatch.store;

import java.util.List;
import java.util.Optional;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.attribute.AttributeDelta;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.Redline;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
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

    /** NULL when the item's reading did not change (or was not read). */
    static String attributeChanges(Optional<ChangeAnalysis> analysis) {
        return analysis.map(a -> JSON.writeValueAsString(new AnalysisRow(
                        a.summary(),
                        a.severityBefore().map(Labels::of).orElse(null),
                        a.severityAfter().map(Labels::of).orElse(null),
                        a.deltas().stream()
                                .map(d -> new AnalysisRow.DeltaRow(d.name(), d.before(), d.after(), d.sentence()))
                                .toList())))
                .orElse(null);
    }

    static Optional<ChangeAnalysis> attributeChanges(String json) {
        if (json == null) {
            return Optional.empty();
        }
        AnalysisRow row = JSON.readValue(json, AnalysisRow.class);
        return Optional.of(new ChangeAnalysis(
                row.deltas().stream()
                        .map(d -> new AttributeDelta(d.attribute(), d.before(), d.after(), d.sentence()))
                        .toList(),
                severity(row.severityBefore()),
                severity(row.severityAfter()),
                row.summary()));
    }

    private static Optional<Severity> severity(String label) {
        return Optional.ofNullable(label).map(l -> Columns.label(l, "attribute_changes", Severity.class));
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
