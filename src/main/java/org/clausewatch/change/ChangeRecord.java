package org.clausewatch.change;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The change from one version of a document to the next: only the provisions that changed, the significance of the
 * whole (the highest of its items, except that an oscillation is never substantive), flags and a summary line.
 */
public record ChangeRecord(Significance significance, Set<Flag> flags, String summary, List<ChangeItem> items) {

    /** Facts about a change that do not come from its text. */
    public enum Flag {
        /** The new text equals one of the document's recent earlier versions (A → B → A). */
        OSCILLATION,
        /** The text changed because the extraction was upgraded, not the document. */
        TECHNICAL_UPGRADE,
        /** The version came from an imported history, not from our own capture. */
        IMPORTED
    }

    public ChangeRecord {
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(summary, "summary");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        items = List.copyOf(items);
    }

    /** This record with {@code flag} added; an oscillation takes the change down to minor at most. */
    public ChangeRecord flagged(Flag flag) {
        Set<Flag> more = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        Significance capped = more.contains(Flag.OSCILLATION) && significance == Significance.SUBSTANTIVE
                ? Significance.MINOR
                : significance;
        return new ChangeRecord(capped, more, Summaries.change(items, capped, more), items);
    }
}
