package org.clausewatch.alert;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.knowledge.Severity;

/**
 * Which changes a subscription wants. Services are required (they count against the plan limit); empty documents
 * or topics mean "any". {@code minorToo} also admits minor changes beside substantive ones.
 */
public record Filter(
        Set<String> services,
        Set<String> documents,
        Set<String> topics,
        Optional<Severity> minSeverity,
        boolean minorToo) {
    public Filter {
        services = Set.copyOf(services);
        documents = Set.copyOf(documents);
        topics = Set.copyOf(topics);
        Objects.requireNonNull(minSeverity, "minSeverity");
    }
}
