package org.clausewatch.store;

import java.util.List;
import java.util.Objects;

/** The recorded reading of one wording ({@code textKey}): topics, unfair-clause kinds and severity grade. */
public record ReadingRow(
        String textKey,
        List<LabelRow> topics,
        List<LabelRow> unfair,
        String severity,
        double confidence,
        boolean explicit,
        String rule) {
    public ReadingRow {
        Objects.requireNonNull(textKey, "textKey");
        topics = List.copyOf(topics);
        unfair = List.copyOf(unfair);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
    }
}
