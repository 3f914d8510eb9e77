package org.clausewatch.store;

import java.util.List;

/** A provision added to or removed from a document of a service, as a recorded change item told it. */
public record ItemElsewhereRow(String termsType, String lineageId, List<String> path, String text) {
    public ItemElsewhereRow {
        path = List.copyOf(path);
    }
}
