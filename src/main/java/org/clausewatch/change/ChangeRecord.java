package org.clausewatch.change;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The change from one version of a document to the next: only the provisions that changed, the significance of the
 * whole (the highest of its items), flags and a summary line. A flag never changes the significance: it says why the
 * change is not news (a flip back, an extraction upgrade, an imported past), and alerts and pages act on it. {@code
 * flags} iterate in the ranking of {@link Flag}, so a summary, a page and a stored row say them in one order.
 */
public record ChangeRecord(Significance significance, Set<Flag> flags, String summary, List<ChangeItem> items) {

    /**
     * Facts about a change that do not come from its text, declared in the order they are said wherever several are
     * listed: first what the text did (it went back), then how it was obtained (an extraction upgrade, then an imported
     * past). Reordering the constants reorders every summary recorded after; the stored labels do not depend on it.
     */
    public enum Flag {
        /** The new text equals one of the document's recent earlier versions (A → B → A). */
        OSCILLATION,
        /** The text changed because the extraction was upgraded, not the document. */
        TECHNICAL_UPGRADE,
        /** The version came from an imported history, not from our own capture. */
        IMPORTED;

        /** The flag as a summary line says it: "technical upgrade". */
        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public ChangeRecord {
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(summary, "summary");
        // an EnumSet iterates in declaration order; Set.copyOf would iterate in an order that changes from run to run
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
        items = List.copyOf(items);
    }

    /**
     * This record with {@code flag} added, its significance untouched: a text that flips back to a recent one still
     * changed as much as it did, and saying "minor" would hide that from a reader comparing the two versions; the flag
     * keeps it out of alerts.
     */
    public ChangeRecord flagged(Flag flag) {
        Set<Flag> more = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new ChangeRecord(significance, more, Summaries.change(items, significance, more), items);
    }
}
