package org.clausewatch.reading;

import java.util.List;
import java.util.Objects;
import org.clausewatch.analysis.Label;
import org.clausewatch.knowledge.Severity;

/**
 * What ClauseWatch reads in a provision's words, whoever publishes them: its topics and unfair-clause kinds with their
 * evidence, and the severity grade. It depends on the words alone, so it is worked out once per distinct wording and
 * carried over to every version (and every service) that keeps them; the platform-specific explanation is generated
 * from it on demand.
 */
public record Reading(
        List<Label> topics, List<Label> unfair, Severity severity, double confidence, boolean explicit, String rule) {
    public Reading {
        topics = List.copyOf(topics);
        unfair = List.copyOf(unfair);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
    }

    public List<String> topicIds() {
        return topics.stream().map(Label::code).toList();
    }
}
