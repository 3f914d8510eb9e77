package org.clausewatch.change;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The readable lines of change records: "3 provisions modified, 1 added in 'Your Content'; substantive". */
final class Summaries {
    private static final int QUOTE = 60;

    private Summaries() {}

    static String change(List<ChangeItem> items, Significance significance, Set<ChangeRecord.Flag> flags) {
        String counts = items.isEmpty() ? "no provision changed" : counts(items) + where(items);
        StringBuilder line = new StringBuilder(counts).append("; ").append(significance.label());
        for (ChangeRecord.Flag flag : flags) {
            line.append("; ").append(flag.words());
        }
        return line.toString();
    }

    private static String counts(List<ChangeItem> items) {
        Map<ChangeItem.Kind, Integer> counts = new EnumMap<>(ChangeItem.Kind.class);
        for (ChangeItem item : items) {
            counts.merge(item.kind(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (ChangeItem.Kind kind : List.of(
                ChangeItem.Kind.MODIFIED, ChangeItem.Kind.ADDED, ChangeItem.Kind.REMOVED, ChangeItem.Kind.MOVED)) {
            Integer count = counts.get(kind);
            if (count != null) {
                String noun = parts.isEmpty() ? (count == 1 ? " provision " : " provisions ") : " ";
                parts.add(count + noun + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }

    /** The deepest section holding every item, else the sections named, else how many. */
    private static String where(List<ChangeItem> items) {
        List<String> common = items.get(0).path();
        Set<String> tops = new LinkedHashSet<>();
        for (ChangeItem item : items) {
            common = commonPrefix(common, item.path());
            tops.add(item.path().isEmpty() ? "" : item.path().get(0));
        }
        if (!common.isEmpty()) {
            return " in '" + common.get(common.size() - 1) + "'";
        }
        if (tops.size() <= 2 && !tops.contains("")) {
            return " in '" + String.join("' and '", tops) + "'";
        }
        return tops.size() == 1 ? "" : " in " + tops.size() + " sections";
    }

    private static List<String> commonPrefix(List<String> a, List<String> b) {
        int length = 0;
        while (length < a.size() && length < b.size() && a.get(length).equals(b.get(length))) {
            length++;
        }
        return a.subList(0, length);
    }

    static String item(
            ChangeItem.Kind kind, List<String> path, String detail, Significance significance, String reason) {
        String place = path.isEmpty() ? "" : " in '" + String.join(" > ", path) + "'";
        String because = significance == Significance.SUBSTANTIVE ? "" : " (" + reason + ")";
        return kind.name().toLowerCase(Locale.ROOT) + place + ": " + detail + "; " + significance.label() + because;
    }

    static String quote(String text) {
        String oneLine = text.strip();
        return "\u201c"
                + (oneLine.length() <= QUOTE
                        ? oneLine
                        : oneLine.substring(0, QUOTE).strip() + "\u2026") + "\u201d";
    }

    static String words(WordChange change) {
        int inserted = change.inserted();
        int deleted = change.deleted();
        if (inserted == 0 && deleted == 0) {
            return "no word changed";
        }
        return inserted + (inserted == 1 ? " word" : " words") + " inserted, " + deleted + " deleted";
    }
}
