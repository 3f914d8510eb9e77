package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A recorded change between two consecutive versions of a document. */
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
        List<ChangeItemRow> items) {
    public ChangeRow {
        flags = Set.copyOf(flags);
        items = List.copyOf(items);
    }
}
