package org.clausewatch.store;

import java.util.List;

/**
 * The stored shape of what changed in an item's reading (column {@code change_items.attribute_changes}), apart from
 * the core's record so that a change to it never changes what is stored. Severities are labels, NULL when not
 * assessed.
 */
record AnalysisRow(String summary, String severityBefore, String severityAfter, List<DeltaRow> deltas) {
    AnalysisRow {
        deltas = List.copyOf(deltas);
    }

    /** One attribute's values before and after, with the sentence that says it. */
    record DeltaRow(String attribute, List<String> before, List<String> after, String sentence) {
        DeltaRow {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }
}
