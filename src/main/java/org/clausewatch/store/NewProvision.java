package org.clausewatch.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A provision of a version to record: its place, its lineage, its text and the normalised key it is aligned by. */
public record NewProvision(
        int position,
        String lineageId,
        int page,
        String kind,
        List<String> path,
        Optional<String> context,
        String text,
        String key) {
    public NewProvision {
        Objects.requireNonNull(lineageId, "lineageId");
        Objects.requireNonNull(kind, "kind");
        path = List.copyOf(path);
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
    }
}
