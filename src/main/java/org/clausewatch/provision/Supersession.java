package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text shown twice, then once: a policy and its upcoming version side by side (or two regional variants), after which
 * the page keeps only the newer copy. Alignment follows each copy, so the older provisions would come out removed and
 * the newer ones unchanged, and the change of meaning between them would appear nowhere. Here each older provision,
 * gone, continues into what its newer twin became, and the twin's own lineage ends: the change says "modified", with
 * the redline from the old wording to the new. Applied only to a whole copy going (most of what went, and at least
 * {@link #BLOCK} provisions, are twins or have their very words still shown), and only where the history tells the
 * copies apart: the older one's lineage is found in an earlier version than the newer one's ({@code firstSeen}).
 */
final class Supersession {
    static final int BLOCK = 5;

    private final Matching matching;
    private final List<String> previousIds;
    private final Map<String, Integer> firstSeen;

    Supersession(Matching matching, List<String> previousIds, Map<String, Integer> firstSeen) {
        this.matching = matching;
        this.previousIds = previousIds;
        this.firstSeen = firstSeen;
    }

    private record Twin(int older, int newer, double score) {}

    void apply() {
        if (firstSeen.isEmpty()) {
            return;
        }
        List<Integer> gone = new ArrayList<>();
        for (int p = 0; p < matching.previous.size(); p++) {
            if (matching.previousMatch[p] < 0) {
                gone.add(p);
            }
        }
        List<Twin> twins = twins(gone);
        int copies = twins.size() + sameWords(gone, twins);
        if (!twins.isEmpty() && copies >= BLOCK && copies * 2 >= gone.size()) {
            for (Twin twin : twins) {
                int n = matching.previousMatch[twin.newer];
                matching.previousMatch[twin.newer] = -1;
                matching.pair(twin.older, n, Alignment.Stage.SUPERSEDED);
            }
        }
    }

    private boolean olderThan(int p, int q) {
        return firstSeen.get(previousIds.get(p)) < firstSeen.getOrDefault(previousIds.get(q), Integer.MAX_VALUE);
    }

    /** How many of the provisions gone, other than the twins, have their very words in a provision still matched. */
    private int sameWords(List<Integer> gone, List<Twin> twins) {
        Set<String> kept = new HashSet<>();
        for (int q = 0; q < matching.previous.size(); q++) {
            if (matching.previousMatch[q] >= 0) {
                kept.add(matching.previous.get(q).normalised());
            }
        }
        Set<Integer> paired = new HashSet<>();
        twins.forEach(t -> paired.add(t.older));
        int same = 0;
        for (int p : gone) {
            if (!paired.contains(p) && kept.contains(matching.previous.get(p).normalised())) {
                same++;
            }
        }
        return same;
    }

    /** For the older provisions gone, their newer twin still matched, best pairs first, each used once. */
    private List<Twin> twins(List<Integer> gone) {
        ShingleIndex index =
                new ShingleIndex(matching.previous, q -> matching.previousMatch[q] >= 0, Fingerprint::vocabulary);
        List<Twin> candidates = new ArrayList<>();
        for (int p : gone) {
            Fingerprint older = matching.previous.get(p);
            if (!firstSeen.containsKey(previousIds.get(p)) || older.vocabulary().length == 0) {
                continue;
            }
            for (int q : index.candidates(older).keySet()) {
                double jaccard = Fingerprint.jaccard(
                        older.vocabulary(), matching.previous.get(q).vocabulary());
                if (jaccard >= Aligner.REWORDED && olderThan(p, q)) {
                    candidates.add(new Twin(p, q, jaccard));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Twin::score).reversed());
        Set<Integer> used = new HashSet<>();
        List<Twin> twins = new ArrayList<>();
        for (Twin candidate : candidates) {
            if (!used.contains(candidate.older) && !used.contains(candidate.newer)) {
                used.add(candidate.older);
                used.add(candidate.newer);
                twins.add(candidate);
            }
        }
        return twins;
    }
}
