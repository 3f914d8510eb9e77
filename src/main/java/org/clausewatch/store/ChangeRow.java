package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;

/** A recorded change between two consecutive versions of a document, with what it is about (topics, severity). */
public record ChangeRow(
        long id,
        DocumentRow document,
        long fromVersionId,
        Instant fromCapturedAt,
        long toVersionId,
        Instant toCapturedAt,
        Significance significance,
        Set<ChangeRecord.Flag> flags,
        String summary,
        List<ChangeItemRow> items,
        List<String> topics,
        Optional<Severity> severity) {
    public ChangeRow {
        flags = Columns.copy(flags, ChangeRecord.Flag.class);
        items = List.copyOf(items);
        topics = List.copyOf(topics);
    }

    /** This change record with {@code items}, for a head read without them. */
    ChangeRow with(List<ChangeItemRow> items) {
        return new ChangeRow(
                id,
                document,
                fromVersionId,
                fromCapturedAt,
                toVersionId,
                toCapturedAt,
                significance,
                flags,
                summary,
                items,
                topics,
                severity);
    }
}
