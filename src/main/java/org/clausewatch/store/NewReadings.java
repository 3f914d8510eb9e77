package org.clausewatch.store;

import java.util.List;
import java.util.Objects;

/** Readings of new wordings to record with a version, under the version of the reader that made them. */
public record NewReadings(String readerVersion, List<ReadingRow> rows) {
    public static final NewReadings NONE = new NewReadings("", List.of());

    public NewReadings {
        Objects.requireNonNull(readerVersion, "readerVersion");
        rows = List.copyOf(rows);
    }
}
