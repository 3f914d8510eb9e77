package org.clausewatch.store;

import java.time.Instant;
import java.util.List;

/**
 * A provision text that matches a search, in one document: the lineage it belongs to, its heading path, an
 * excerpt whose matched words are enclosed in {@link #MARK_START} and {@link #MARK_END}, the first and last time a
 * version held this text, and whether the document's latest version still does.
 */
public record SearchHit(
        DocumentRow document,
        String lineageId,
        List<String> path,
        String excerpt,
        Instant firstSeenAt,
        Instant lastSeenAt,
        boolean current) {
    /** Private-use characters: they never occur in recorded text, so they can mark matches unambiguously. */
    public static final char MARK_START = '\uE000';

    public static final char MARK_END = '\uE001';

    public SearchHit {
        path = List.copyOf(path);
    }
}
