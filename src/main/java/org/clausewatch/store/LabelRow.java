package org.clausewatch.store;

import java.util.List;
import java.util.Objects;

/** The stored shape of a label of a reading: a topic id or an unfair-clause kind, its confidence and its evidence. */
record LabelRow(String code, double confidence, List<String> evidence) {
    LabelRow {
        Objects.requireNonNull(code, "code");
        evidence = List.copyOf(evidence);
    }
}
