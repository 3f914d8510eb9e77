package org.clausewatch.alert;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.knowledge.Severity;

/**
 * Which changes a subscription wants. Services are required (they count against the plan limit); empty documents
 * or topics mean "any". {@code minorToo} also admits minor changes beside substantive ones. {@code lineages} are
 * provisions watched one by one: a change that modifies, moves or removes one of them is wanted whatever the
 * significance, topic and severity the rest of the filter asks for.
 */
public record Filter(
        Set<String> services,
        Set<String> documents,
        Set<String> topics,
        Optional<Severity> minSeverity,
        boolean minorToo,
        Set<String> lineages) {
    public Filter {
        services = Set.copyOf(services);
        documents = Set.copyOf(documents);
        topics = Set.copyOf(topics);
        Objects.requireNonNull(minSeverity, "minSeverity");
        lineages = Set.copyOf(lineages);
    }

    /** A filter that watches no single provision. */
    public Filter(
            Set<String> services,
            Set<String> documents,
            Set<String> topics,
            Optional<Severity> minSeverity,
            boolean minorToo) {
        this(services, documents, topics, minSeverity, minorToo, Set.of());
    }
}
