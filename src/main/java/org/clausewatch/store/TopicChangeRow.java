package org.clausewatch.store;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;

/** An item of a recorded change about a provision read as being on a topic, with its change and document. */
public record TopicChangeRow(
        String service,
        String termsType,
        long changeId,
        Instant capturedAt,
        Set<ChangeRecord.Flag> changeFlags,
        ChangeItem.Kind kind,
        Significance significance,
        Optional<Severity> severity) {
    public TopicChangeRow {
        changeFlags = Columns.copy(changeFlags, ChangeRecord.Flag.class);
    }
}
