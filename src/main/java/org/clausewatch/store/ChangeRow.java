package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A recorded change between two consecutive versions of a document, with what it is about (topics, severity). */
public record ChangeRow(
        long id,
        DocumentRow document,
        long fromVersionId,
        Instant fromCapturedAt,
        long toVersionId,
        Instant toCapturedAt,
        String significance,
        Set<String> flags,
        String summary,
        List<ChangeItemRow> items,
        List<String> topics,
        Optional<String> severity) {
    public ChangeRow {
        flags = Set.copyOf(flags);
        items = List.copyOf(items);
        topics = List.copyOf(topics);
    }
}
