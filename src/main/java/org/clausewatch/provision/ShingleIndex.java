package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Finds the provisions that share word shingles (or words) with a given one without comparing every pair, which on a
 * document of two thousand provisions would be four million comparisons per version.
 */
final class ShingleIndex {
    /** Shingles this common ("the services and") tell nothing about which provision is which. */
    private static final int COMMON = 48;

    private final Map<Long, List<Integer>> postings = new HashMap<>();
    private final Function<Fingerprint, long[]> keys;

    ShingleIndex(List<Fingerprint> fingerprints, IntPredicate include) {
        this(fingerprints, include, Fingerprint::shingles);
    }

    /** An index on other keys of a fingerprint than its shingles: its words, say. */
    ShingleIndex(List<Fingerprint> fingerprints, IntPredicate include, Function<Fingerprint, long[]> keys) {
        this.keys = keys;
        for (int i = 0; i < fingerprints.size(); i++) {
            if (include.test(i)) {
                for (long shingle : keys.apply(fingerprints.get(i))) {
                    postings.computeIfAbsent(shingle, s -> new ArrayList<>(2)).add(i);
                }
            }
        }
    }

    /** The indexed provisions sharing at least one informative shingle with {@code probe}, with the count shared. */
    Map<Integer, Integer> candidates(Fingerprint probe) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (long shingle : keys.apply(probe)) {
            List<Integer> holders = postings.get(shingle);
            if (holders != null && holders.size() <= COMMON) {
                for (int holder : holders) {
                    counts.merge(holder, 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
