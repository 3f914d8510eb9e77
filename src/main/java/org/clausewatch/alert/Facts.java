package org.clausewatch.alert;

import java.util.Set;
import org.clausewatch.change.Redline;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;

/**
 * Reads a stored change record into {@link ChangeFacts}, with the topics and highest severity recorded with it from
 * the readings of the provisions it touched (empty when none was read).
 */
final class Facts {
    /** Long redlines are cut: the alert links to the full change. */
    static final int REDLINE_EXCERPT = 600;

    private Facts() {}

    static ChangeFacts of(ChangeRow change) {
        return new ChangeFacts(
                change.id(),
                change.document().service(),
                change.document().termsType(),
                change.toVersionId(),
                change.toCapturedAt(),
                change.significance(),
                change.flags(),
                Set.copyOf(change.topics()),
                change.severity(),
                change.summary(),
                change.items().stream().map(Facts::item).toList());
    }

    private static ChangeFacts.Item item(ChangeItemRow item) {
        return new ChangeFacts.Item(
                item.kind(),
                item.lineageId(),
                item.path(),
                item.significance(),
                item.summary(),
                redline(item),
                item.topics(),
                item.severity(),
                item.attributeChanges());
    }

    /** {@code [-removed-]} and {@code {+added+}}, the notation of word diffs, so it reads in plain text. */
    static String redline(ChangeItemRow item) {
        if (item.redline().isEmpty()) {
            return item.after().or(item::before).orElse("");
        }
        StringBuilder text = new StringBuilder();
        for (Redline run : item.redline()) {
            switch (run.op()) {
                case INSERT -> text.append("{+").append(run.text()).append("+}");
                case DELETE -> text.append("[-").append(run.text()).append("-]");
                case EQUAL -> text.append(run.text());
            }
        }
        return excerpt(text.toString());
    }

    private static String excerpt(String text) {
        return text.length() <= REDLINE_EXCERPT ? text : text.substring(0, REDLINE_EXCERPT) + " …";
    }
}
