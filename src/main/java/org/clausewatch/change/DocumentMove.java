package org.clausewatch.change;

import java.util.Objects;

/**
 * A provision of this change that left for, or came from, another document of the same service: {@code lineageId} is
 * the provision's lineage in this document, {@code otherText} its text in the other one.
 */
public record DocumentMove(String lineageId, Direction direction, String otherDocument, String otherText) {

    /** Whether the provision came into this document or went out of it. */
    public enum Direction {
        /** Added here, removed from {@code otherDocument}. */
        FROM,
        /** Removed here, added to {@code otherDocument}. */
        TO
    }

    public DocumentMove {
        Objects.requireNonNull(lineageId, "lineageId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(otherDocument, "otherDocument");
        Objects.requireNonNull(otherText, "otherText");
    }
}
