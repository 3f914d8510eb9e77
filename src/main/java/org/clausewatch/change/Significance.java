package org.clausewatch.change;

/** How much a change can matter to a reader, from most to least. */
public enum Significance {
    /** Words changed in a way that can change meaning: obligations, rights, purposes, durations, amounts, parties. */
    SUBSTANTIVE,
    /** Dates such as "last updated", numbering, typo and capitalisation fixes, contact details, brand renames, moves. */
    MINOR,
    /** Whitespace, punctuation, formatting, link targets only. */
    COSMETIC;

    /** The more significant of the two. */
    Significance max(Significance other) {
        return compareTo(other) <= 0 ? this : other;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
