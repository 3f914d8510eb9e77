package org.clausewatch.reading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.knowledge.Severity;

/**
 * A change record with its meaning said: the record (its summary leading with the most severe item and what changed
 * in its reading), one {@link ItemMeaning} per item in the record's order, the topics of every provision it touched
 * (old and new wording) and the highest severity among its items that are more than cosmetic.
 */
public record ExplainedChange(
        ChangeRecord record, List<ItemMeaning> items, List<String> topics, Optional<Severity> severity) {
    public ExplainedChange {
        Objects.requireNonNull(record, "record");
        items = List.copyOf(items);
        if (items.size() != record.items().size()) {
            throw new IllegalArgumentException("one meaning per item: " + items.size() + " for "
                    + record.items().size());
        }
        topics = List.copyOf(topics);
        Objects.requireNonNull(severity, "severity");
    }

    /** A change record about which nothing was read. */
    public static ExplainedChange unread(ChangeRecord record) {
        return new ExplainedChange(
                record, record.items().stream().map(item -> ItemMeaning.NONE).toList(), List.of(), Optional.empty());
    }
}
