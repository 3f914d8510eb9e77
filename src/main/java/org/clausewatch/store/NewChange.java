package org.clausewatch.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.knowledge.Severity;

/**
 * The change record of a new version against the document's version just before it (the store finds which), with
 * the topics of the provisions it touched and the highest severity among its more-than-cosmetic items.
 */
public record NewChange(ChangeRecord record, List<String> topics, Optional<Severity> severity) {
    public NewChange {
        Objects.requireNonNull(record, "record");
        topics = List.copyOf(topics);
        Objects.requireNonNull(severity, "severity");
    }

    /** A change record about which nothing was read. */
    NewChange(ChangeRecord record) {
        this(record, List.of(), Optional.empty());
    }
}
