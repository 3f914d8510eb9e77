package org.clausewatch.store;

import java.util.List;
import java.util.Set;

/** The change record of a new version against the document's version just before it (the store finds which). */
public record NewChange(String significance, Set<String> flags, String summary, List<ChangeItemRow> items) {
    public NewChange {
        flags = Set.copyOf(flags);
        items = List.copyOf(items);
    }
}
