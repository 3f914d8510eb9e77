package org.clausewatch.change;

import java.util.List;
import org.clausewatch.common.Sha256;

/** Whether a new version only brings back the text of a recent earlier one (A → B → A): a flip-flop, not a change. */
public final class Oscillation {
    private Oscillation() {}

    /**
     * True when {@code next}, the hash of the new version's normalised text, equals the hash of one of {@code recent},
     * the document's recent versions oldest first, other than the last one (equal to the last, there is no new version
     * at all). How far back to look is the caller's choice; ClauseWatch looks at the last ten versions.
     */
    public static boolean isOscillation(Sha256 next, List<Sha256> recent) {
        return recent.size() >= 2
                && recent.subList(0, recent.size() - 1).contains(next)
                && !recent.get(recent.size() - 1).equals(next);
    }
}
