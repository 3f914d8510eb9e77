package org.clausewatch.store;

import java.util.List;
import java.util.Objects;

/** A recorded label of a provision: a topic id or an unfair-clause kind, its confidence and its evidence. */
public record LabelRow(String code, double confidence, List<String> evidence) {
    public LabelRow {
        Objects.requireNonNull(code, "code");
        evidence = List.copyOf(evidence);
    }
}
