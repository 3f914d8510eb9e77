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
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.ReadingRow;
import org.clausewatch.track.HistoryWriter;

/**
 * Adds to a change's JSON what its provisions are about: per item the topics and severity of the provision (its new
 * wording, or the removed one), and for a modified provision what changed in its analysis ("licence to Input became
 * perpetual").
 */
final class ChangeReadings {
    private ChangeReadings() {}

    @SuppressWarnings("unchecked")
    static void add(ClauseWatch app, ChangeRow change, Map<String, Object> node) {
        Map<String, ReadingRow> readings = app.store().readings(ProvisionReader.VERSION, keys(change.items()));
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
            itemNode.put("severity", reading.severity().map(HistoryWriter::label).orElse(null));
            Optional<Reading> before = reading(readings, item.before());
            if (item.kind().equals("modified") && before.isPresent() && after.isPresent()) {
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
        node.put("severityBefore", analysis.severityBefore().map(HistoryWriter::label).orElse(null));
        node.put("severityAfter", analysis.severityAfter().map(HistoryWriter::label).orElse(null));
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

    private static Optional<Reading> reading(Map<String, ReadingRow> readings, Optional<String> text) {
        return text.map(ChangeReadings::key).map(readings::get).map(HistoryWriter::reading);
    }

    private static List<String> keys(List<ChangeItemRow> items) {
        Set<String> keys = new HashSet<>();
        for (ChangeItemRow item : items) {
            item.before().map(ChangeReadings::key).ifPresent(keys::add);
            item.after().map(ChangeReadings::key).ifPresent(keys::add);
        }
        return new ArrayList<>(keys);
    }

    /** The key a provision's text is read under, as segmentation gives it. */
    static String key(String text) {
        return Sha256.of(MarkdownText.plain(text)).hex();
    }
}
