package org.clausewatch.change;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.provision.EarlierVersion;
import org.clausewatch.provision.Provision;

/**
 * Items that put a block back as it was in a recent earlier version: a provision that comes back with the same words,
 * one that goes again after it came in, one whose wording returns to an earlier one. A regional block (an arbitration
 * notice) shown on one capture and not the next is such a flip-back every time, even when the rest of the text moved
 * too. Each such item says so in its reason and summary, and when no substantive item is anything else, the change is
 * an oscillation. Pure.
 */
public final class FlipBacks {
    static final String REASON = "flip-back";

    private FlipBacks() {}

    /** The change with its flip-backs marked, and whether it is an oscillation for it. */
    public record Marked(ChangeRecord change, boolean oscillation) {}

    /** Marks the items of {@code change} that return to one of {@code earlier}, the versions before the previous. */
    public static Marked mark(ChangeRecord change, List<EarlierVersion> earlier) {
        if (earlier.isEmpty()) {
            return new Marked(change, false);
        }
        List<ChangeItem> items = new ArrayList<>(change.items().size());
        boolean any = false;
        boolean otherSubstantive = false;
        for (ChangeItem item : change.items()) {
            Optional<EarlierVersion> back = backTo(item, earlier);
            any |= back.isPresent();
            otherSubstantive |= back.isEmpty() && item.significance() == Significance.SUBSTANTIVE;
            items.add(back.map(version -> marked(item, version)).orElse(item));
        }
        if (!any) {
            return new Marked(change, false);
        }
        ChangeRecord marked = new ChangeRecord(
                change.significance(),
                change.flags(),
                Summaries.change(items, change.significance(), change.flags()),
                items);
        return new Marked(marked, !otherSubstantive);
    }

    /** The latest earlier version the item returns to, if any. */
    private static Optional<EarlierVersion> backTo(ChangeItem item, List<EarlierVersion> earlier) {
        for (EarlierVersion version : earlier.reversed()) {
            boolean back = switch (item.kind()) {
                case ADDED -> version.lineageByKey().containsKey(key(item.after()));
                case MODIFIED ->
                    !key(item.after()).equals(key(item.before()))
                            && version.lineageByKey().containsKey(key(item.after()));
                case REMOVED -> !version.lineageByKey().containsKey(key(item.before()));
                case MOVED -> false;
            };
            if (back) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    private static String key(Optional<String> text) {
        return Provision.keyOf(text.orElseThrow());
    }

    private static ChangeItem marked(ChangeItem item, EarlierVersion version) {
        String as = "as on " + LocalDate.ofInstant(version.at(), ZoneOffset.UTC);
        return item.said(item.reason() + ", " + REASON, item.summary() + "; " + REASON + ", " + as);
    }
}
