package org.clausewatch.change;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Differences between two token lists. The common head and tail are cut off before Myers' algorithm runs: a
 * provision's change usually touches a few words in its middle, and the algorithm's cost grows with what it is given.
 */
final class Diffs {
    private Diffs() {}

    /** {@code deleted} tokens at {@code beforeAt} were replaced by {@code inserted} tokens at {@code afterAt}. */
    record Delta(int beforeAt, List<String> deleted, int afterAt, List<String> inserted) {
        List<String> all() {
            List<String> all = new ArrayList<>(deleted);
            all.addAll(inserted);
            return all;
        }
    }

    static List<Delta> between(List<String> before, List<String> after) {
        int head = 0;
        int shorter = Math.min(before.size(), after.size());
        while (head < shorter && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < shorter - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        List<String> from = before.subList(head, before.size() - tail);
        List<String> to = after.subList(head, after.size() - tail);
        List<Delta> deltas = new ArrayList<>();
        if (from.isEmpty() || to.isEmpty()) {
            if (!from.isEmpty() || !to.isEmpty()) {
                deltas.add(new Delta(head, List.copyOf(from), head, List.copyOf(to)));
            }
            return deltas;
        }
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            deltas.add(new Delta(
                    head + delta.getSource().getPosition(),
                    List.copyOf(delta.getSource().getLines()),
                    head + delta.getTarget().getPosition(),
                    List.copyOf(delta.getTarget().getLines())));
        }
        return deltas;
    }
}
