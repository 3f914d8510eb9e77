package org.clausewatch.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.ClauseWatch;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.common.Labels;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;

/**
 * Adds to a change's JSON what its provisions are about: per item the topics and severity of the provision (its new
 * wording, or the removed one), and for a modified provision what changed in its analysis ("licence to Input became
 * perpetual").
 */
final class ChangeReadings {
    private ChangeReadings() {}

    @SuppressWarnings("unchecked")
    static void add(ClauseWatch app, ChangeRow change, Map<String, Object> node) {
        Map<String, Reading> readings = app.store().readings(ProvisionReader.VERSION, keys(change.items()));
        List<Map<String, Object>> items = (List<Map<String, Object>>) node.get("items");
        for (int i = 0; i < change.items().size(); i++) {
            ChangeItemRow item = change.items().get(i);
            Optional<Reading> after = reading(readings, item.after());
            Optional<Reading> now = after.or(() -> reading(readings, item.before()));
            if (now.isEmpty()) {
                continue;
            }
            Reading reading = now.orElseThrow();
            Map<String, Object> itemNode = items.get(i);
            itemNode.put("topics", reading.topicIds());
            itemNode.put("severity", reading.severity().map(Labels::of).orElse(null));
            Optional<Reading> before = reading(readings, item.before());
            if (item.kind() == ChangeItem.Kind.MODIFIED && before.isPresent() && after.isPresent()) {
                ChangeAnalysis analysis = app.reader()
                        .compare(
                                change.document().service(),
                                item.before().orElseThrow(),
                                before.orElseThrow(),
                                item.after().orElseThrow(),
                                after.orElseThrow());
                if (!analysis.unchanged()) {
                    itemNode.put("attributeChanges", analysis(analysis));
                }
            }
        }
    }

    private static Map<String, Object> analysis(ChangeAnalysis analysis) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("summary", analysis.summary());
        node.put("severityBefore", analysis.severityBefore().map(Labels::of).orElse(null));
        node.put("severityAfter", analysis.severityAfter().map(Labels::of).orElse(null));
        node.put(
                "deltas",
                analysis.deltas().stream()
                        .map(d -> Map.of(
                                "attribute",
                                d.name(),
                                "before",
                                d.before(),
                                "after",
                                d.after(),
                                "sentence",
                                d.sentence()))
                        .toList());
        return node;
    }

    private static Optional<Reading> reading(Map<String, Reading> readings, Optional<String> text) {
        return text.map(Provision::keyOf).map(readings::get);
    }

    private static List<String> keys(List<ChangeItemRow> items) {
        Set<String> keys = new HashSet<>();
        for (ChangeItemRow item : items) {
            item.before().map(Provision::keyOf).ifPresent(keys::add);
            item.after().map(Provision::keyOf).ifPresent(keys::add);
        }
        return new ArrayList<>(keys);
    }
}
