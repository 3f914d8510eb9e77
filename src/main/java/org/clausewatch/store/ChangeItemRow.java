package org.clausewatch.store;

import java.util.List;
import java.util.Optional;

/** One provision-level item of a change: added, removed, modified or moved. */
public record ChangeItemRow(
        String kind,
        String lineageId,
        List<String> path,
        Optional<String> before,
        Optional<String> after,
        List<RedlineRun> redline,
        String significance,
        String summary) {
    public ChangeItemRow {
        path = List.copyOf(path);
        redline = List.copyOf(redline);
    }
}
