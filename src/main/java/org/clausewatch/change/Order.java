package org.clausewatch.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.provision.Provision;

/** Which provisions kept their order and section, so that only the ones really moved are reported as moved. */
final class Order {
    private Order() {}

    /**
     * The new positions of the provisions that form the longest run in unchanged relative order: the rest were moved.
     * {@code previous[n]} is the previous position of new provision {@code n}, or -1 for a new provision.
     */
    static Set<Integer> stable(int[] previous) {
        List<Integer> tails = new ArrayList<>();
        int[] tailOf = new int[previous.length];
        int[] link = new int[previous.length];
        for (int n = 0; n < previous.length; n++) {
            if (previous[n] < 0) {
                continue;
            }
            int slot = slot(tails, previous, previous[n]);
            link[n] = slot > 0 ? tails.get(slot - 1) : -1;
            if (slot == tails.size()) {
                tails.add(n);
            } else {
                tails.set(slot, n);
            }
            tailOf[n] = slot;
        }
        Set<Integer> stable = new HashSet<>();
        for (int n = tails.isEmpty() ? -1 : tails.get(tails.size() - 1); n >= 0; n = link[n]) {
            stable.add(n);
        }
        return stable;
    }

    private static int slot(List<Integer> tails, int[] previous, int value) {
        int low = 0;
        int high = tails.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (previous[tails.get(middle)] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The same section once heading numbers and case are set aside: renumbering is not a move. */
    static boolean sameSection(Provision before, Provision after) {
        if (before.path().equals(after.path())) {
            return true;
        }
        if (before.path().size() != after.path().size()) {
            return false;
        }
        for (int i = 0; i < before.path().size(); i++) {
            if (!MarkdownText.section(before.path().get(i))
                    .equals(MarkdownText.section(after.path().get(i)))) {
                return false;
            }
        }
        return true;
    }
}
