package org.clausewatch.store;

import java.util.List;
import java.util.Optional;

/** A recorded provision of a version. */
public record ProvisionRow(
        long versionId,
        int position,
        String lineageId,
        int page,
        String kind,
        List<String> path,
        Optional<String> context,
        String text,
        String key) {
    public ProvisionRow {
        path = List.copyOf(path);
    }
}
