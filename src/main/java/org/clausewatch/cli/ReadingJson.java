package org.clausewatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.common.Labels;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.store.ProvisionRow;

/** The JSON of what ClauseWatch read in a provision: topics, unfair-clause kinds, severity and the analysis. */
final class ReadingJson {
    private ReadingJson() {}

    /**
     * Adds the reading of {@code provision} of {@code platform} to its JSON {@code node}: {@code topics} (id,
     * confidence, evidence), {@code unfair} (codes), {@code attributes} (name → values), {@code severity},
     * {@code confidence}, {@code explicit}, {@code analysis} and {@code regulations}.
     */
    static void add(
            Map<String, Object> node,
            ProvisionReader reader,
            String platform,
            ProvisionRow provision,
            Reading reading) {
        Analysis analysis = reader.analysis(platform, provision.text(), reading);
        node.put("topics", labels(reading.topics()));
        node.put("unfair", reading.unfair().stream().map(Label::code).toList());
        node.put("attributes", analysis.attributeMap());
        node.put("severity", reading.severity().map(Labels::of).orElse(null));
        node.put("confidence", reading.confidence());
        node.put("explicit", reading.explicit());
        node.put("language", reading.explicit() ? "explicit document language" : "inferred");
        node.put("analysis", analysis(analysis));
        node.put(
                "regulations",
                analysis.regulations().stream()
                        .map(r -> Map.of(
                                "id", r.id(),
                                "instrument", r.instrument(),
                                "article", r.article(),
                                "inForce", r.inForce().toString()))
                        .toList());
    }

    static List<Map<String, Object>> labels(List<Label> labels) {
        return labels.stream()
                .map(label -> {
                    Map<String, Object> node = new LinkedHashMap<>();
                    node.put("id", label.code());
                    node.put("confidence", label.confidence());
                    node.put("evidence", label.evidence());
                    return node;
                })
                .toList();
    }

    private static Map<String, Object> analysis(Analysis analysis) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("whatItSays", analysis.explanation().whatItSays());
        node.put("whatItMeans", analysis.explanation().whatItMeans());
        node.put("howRead", analysis.explanation().howRead());
        node.put("notice", analysis.explanation().notice());
        node.put("rule", analysis.rule());
        node.put(
                "evidence",
                analysis.attributes().stream()
                        .map(a -> Map.of("name", a.name(), "value", a.value(), "evidence", a.evidence()))
                        .toList());
        return node;
    }
}
