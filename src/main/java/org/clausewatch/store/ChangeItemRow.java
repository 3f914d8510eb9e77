package org.clausewatch.store;

import java.util.List;
import java.util.Optional;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.Redline;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.reading.ItemMeaning;

/**
 * One provision-level item of a recorded change: added, removed, modified or moved, with what its provision is about
 * and what changed in its reading, as read when the change was recorded.
 */
public record ChangeItemRow(
        ChangeItem.Kind kind,
        String lineageId,
        List<String> path,
        Optional<String> before,
        Optional<String> after,
        List<Redline> redline,
        Significance significance,
        String summary,
        List<String> topics,
        Optional<Severity> severity,
        Optional<ChangeAnalysis> attributeChanges) {
    public ChangeItemRow {
        path = List.copyOf(path);
        redline = List.copyOf(redline);
        topics = List.copyOf(topics);
    }

    /** What is recorded of {@code item} read as {@code meaning}: all but the reason for its significance. */
    public static ChangeItemRow of(ChangeItem item, ItemMeaning meaning) {
        return new ChangeItemRow(
                item.kind(),
                item.lineageId(),
                item.path(),
                item.before(),
                item.after(),
                item.redline(),
                item.significance(),
                item.summary(),
                meaning.topics(),
                meaning.severity(),
                meaning.attributeChanges());
    }
}
