package org.clausewatch.reading;

import java.util.Objects;
import java.util.Optional;

/**
 * What was read in the wordings of one change item, each as its provision read it (with the lead-in it continued): the
 * wording before the change and the one after it; empty on a side the item has no wording, or none was read.
 */
public record ItemReadings(Optional<Reading> before, Optional<Reading> after) {
    public ItemReadings {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
