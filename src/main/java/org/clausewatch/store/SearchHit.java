package org.clausewatch.store;

import java.time.Instant;
import java.util.ArrayList;
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

    /** One run of an excerpt: plain text, or a matched word. */
    public record Segment(String text, boolean match) {}

    /** The excerpt split at its match marks, marks left out. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean match = false;
        for (int i = 0; i < excerpt.length(); i++) {
            char c = excerpt.charAt(i);
            if (c == MARK_START || c == MARK_END) {
                flush(segments, run, match);
                match = c == MARK_START;
            } else {
                run.append(c);
            }
        }
        flush(segments, run, match);
        return segments;
    }

    private static void flush(List<Segment> segments, StringBuilder run, boolean match) {
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), match));
            run.setLength(0);
        }
    }
}
