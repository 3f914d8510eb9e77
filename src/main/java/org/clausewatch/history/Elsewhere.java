package org.clausewatch.history;

import java.util.List;
import java.util.Objects;

/**
 * A provision recently removed from, or added to, another document of the same service: a candidate for a move
 * between documents.
 */
public record Elsewhere(String lineageId, String document, List<String> path, String text) {
    public Elsewhere {
        Objects.requireNonNull(lineageId, "lineageId");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
        path = List.copyOf(path);
    }
}
