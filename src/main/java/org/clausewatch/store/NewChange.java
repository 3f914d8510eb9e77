package org.clausewatch.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The change record of a new version against the document's version just before it (the store finds which), with
 * the topics of the provisions it touched and the highest severity among its more-than-cosmetic items.
 */
public record NewChange(
        String significance,
        Set<String> flags,
        String summary,
        List<ChangeItemRow> items,
        List<String> topics,
        Optional<String> severity) {
    public NewChange {
        flags = Set.copyOf(flags);
        items = List.copyOf(items);
        topics = List.copyOf(topics);
        java.util.Objects.requireNonNull(severity, "severity");
    }

    public NewChange(String significance, Set<String> flags, String summary, List<ChangeItemRow> items) {
        this(significance, flags, summary, items, List.of(), Optional.empty());
    }
}
