package org.clausewatch.alert;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;

/**
 * What a subscription is matched against and what its alert says: one recorded change with everything known about
 * it. Topics and severity come from the readings of the provisions it touched, recorded with the change; where
 * nothing was read they are empty and unknown, and a subscription that filters on them does not match (see
 * {@link Matching}).
 */
public record ChangeFacts(
        long changeId,
        String service,
        String termsType,
        long toVersionId,
        Instant capturedAt,
        Significance significance,
        Set<ChangeRecord.Flag> flags,
        Set<String> topics,
        Optional<Severity> maxSeverity,
        String summary,
        List<Item> items) {
    public ChangeFacts {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(termsType, "termsType");
        Objects.requireNonNull(significance, "significance");
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        topics = Set.copyOf(topics);
        Objects.requireNonNull(maxSeverity, "maxSeverity");
        items = List.copyOf(items);
    }

    /**
     * One provision-level item, with a short excerpt of its redline, the topics and severity of its provision and,
     * when its reading changed, what changed in it.
     */
    public record Item(
            ChangeItem.Kind kind,
            String lineageId,
            List<String> path,
            Significance significance,
            String summary,
            String redline,
            List<String> topics,
            Optional<Severity> severity,
            Optional<ChangeAnalysis> attributeChanges) {
        public Item {
            path = List.copyOf(path);
            topics = List.copyOf(topics);
        }
    }
}
