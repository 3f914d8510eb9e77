package org.clausewatch.change;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one provision between two versions. {@code before} and {@code after} are the provision's Markdown;
 * {@code redline} is empty unless the item is {@link Kind#MODIFIED}; {@code reason} says why the significance is what
 * it is ("wording", "date", "link targets or formatting", …).
 */
public record ChangeItem(
        Kind kind,
        String lineageId,
        List<String> path,
        Optional<String> before,
        Optional<String> after,
        List<Redline> redline,
        Significance significance,
        String reason,
        String summary) {

    /** The kind of change. */
    public enum Kind {
        ADDED,
        REMOVED,
        MODIFIED,
        /** The same text in another section or another order. */
        MOVED
    }

    public ChangeItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lineageId, "lineageId");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(summary, "summary");
        path = List.copyOf(path);
        redline = List.copyOf(redline);
    }

    /** This item with more said of it: {@code reason} and {@code summary} replaced, everything else kept. */
    public ChangeItem said(String reason, String summary) {
        return new ChangeItem(kind, lineageId, path, before, after, redline, significance, reason, summary);
    }
}
