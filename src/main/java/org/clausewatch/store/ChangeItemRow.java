package org.clausewatch.store;

import java.util.List;
import java.util.Optional;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.Redline;
import org.clausewatch.change.Significance;

/** One provision-level item of a recorded change: added, removed, modified or moved. */
public record ChangeItemRow(
        ChangeItem.Kind kind,
        String lineageId,
        List<String> path,
        Optional<String> before,
        Optional<String> after,
        List<Redline> redline,
        Significance significance,
        String summary) {
    public ChangeItemRow {
        path = List.copyOf(path);
        redline = List.copyOf(redline);
    }

    /** What is recorded of {@code item}: all but the reason for its significance. */
    public static ChangeItemRow of(ChangeItem item) {
        return new ChangeItemRow(
                item.kind(),
                item.lineageId(),
                item.path(),
                item.before(),
                item.after(),
                item.redline(),
                item.significance(),
                item.summary());
    }
}
