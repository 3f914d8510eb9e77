package org.clausewatch.analysis.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Severity;

/**
 * The analysis of one provision: its attributes with evidence, the severity grade, the explanation, the topics it
 * was analysed under (those given plus those its attributes imply) and the regulation references potentially
 * relevant to them.
 */
public record Analysis(
        List<Attribute> attributes,
        Grade grade,
        Explanation explanation,
        Set<String> topics,
        List<RegulationReference> regulations) {
    public Analysis {
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(explanation, "explanation");
        topics = Set.copyOf(topics);
        regulations = List.copyOf(regulations);
    }

    public Severity severity() {
        return grade.severity();
    }

    public double confidence() {
        return grade.confidence();
    }

    /** True when the document's own language states what decided the severity; false when it is inferred. */
    public boolean explicit() {
        return grade.explicit();
    }

    /**
     * The attributes as a map from name to values, names in the methodology's order: the {@code "attributes"}
     * object of the JSON outputs.
     */
    public Map<String, List<String>> attributeMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            map.computeIfAbsent(attribute.name(), name -> new ArrayList<>()).add(attribute.value());
        }
        map.replaceAll((name, values) -> List.copyOf(values));
        return Collections.unmodifiableMap(map);
    }

    /** The values of one attribute, in text order; empty when the provision does not state it. */
    public List<String> values(String name) {
        return attributes.stream()
                .filter(a -> a.name().equals(name))
                .map(Attribute::value)
                .toList();
    }
}
