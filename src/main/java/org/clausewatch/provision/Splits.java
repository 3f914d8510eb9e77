package org.clausewatch.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Splits and merges: a new provision whose wording is mostly found in one previous provision was split from it, and a
 * previous provision whose wording is mostly found in one new provision was merged into it. The larger part keeps the
 * lineage id, the others get their own and a relation that says where they came from or went.
 */
final class Splits {
    private final Matching matching;
    private final Aligner.Lineages lineages;

    Splits(Matching matching, Aligner.Lineages lineages) {
        this.matching = matching;
        this.lineages = lineages;
    }

    void find() {
        splits();
        merges();
    }

    private void splits() {
        Map<Integer, List<Integer>> parts = containers(
                matching.next, matching.nextMatch, matching.previous, p -> !verbatim(matching.previousMatch[p]));
        parts.forEach((p, pieces) -> {
            if (matching.previousMatch[p] < 0) {
                int largest = largest(pieces, matching.next);
                lineages.inherit(p, largest, Alignment.Stage.SPLIT);
                pieces.remove(Integer.valueOf(largest));
            }
            for (int n : pieces) {
                lineages.relations.add(
                        new Alignment.Relation(Alignment.RelationType.SPLIT, lineages.previousId(p), lineages.idOf(n)));
            }
        });
    }

    private void merges() {
        Map<Integer, List<Integer>> parts =
                containers(matching.previous, matching.previousMatch, matching.next, n -> !verbatim(n));
        parts.forEach((n, pieces) -> {
            // A provision already given a new id as a split part keeps it: one id per provision.
            if (matching.nextMatch[n] < 0 && !lineages.hasId(n)) {
                int largest = largest(pieces, matching.previous);
                lineages.inherit(largest, n, Alignment.Stage.MERGE);
                pieces.remove(Integer.valueOf(largest));
            }
            for (int p : pieces) {
                lineages.relations.add(
                        new Alignment.Relation(Alignment.RelationType.MERGE, lineages.previousId(p), lineages.idOf(n)));
            }
        });
    }

    private boolean verbatim(int n) {
        return n >= 0 && matching.matchedVerbatim(n);
    }

    /** For each unmatched part, the provision on the other side that holds most of its wording, grouped by holder. */
    private static Map<Integer, List<Integer>> containers(
            List<Fingerprint> parts, int[] partMatch, List<Fingerprint> holders, IntPredicate changed) {
        Map<Integer, List<Integer>> grouped = new LinkedHashMap<>();
        if (java.util.Arrays.stream(partMatch).allMatch(m -> m >= 0)) {
            return grouped;
        }
        // A provision found word for word in the other version was neither split nor merged.
        ShingleIndex index = new ShingleIndex(holders, changed);
        for (int i = 0; i < parts.size(); i++) {
            Fingerprint part = parts.get(i);
            if (partMatch[i] >= 0 || part.shingles().length < 2) {
                continue;
            }
            int best = -1;
            int bestShared = 0;
            for (Map.Entry<Integer, Integer> candidate : index.candidates(part).entrySet()) {
                if (candidate.getValue() > bestShared) {
                    best = candidate.getKey();
                    bestShared = candidate.getValue();
                }
            }
            if (best >= 0
                    && (double) bestShared / part.shingles().length >= Aligner.CONTAINED
                    && holders.get(best).words() > part.words()) {
                grouped.computeIfAbsent(best, b -> new ArrayList<>()).add(i);
            }
        }
        return grouped;
    }

    private static int largest(List<Integer> pieces, List<Fingerprint> side) {
        int largest = pieces.get(0);
        for (int piece : pieces) {
            if (side.get(piece).words() > side.get(largest).words()) {
                largest = piece;
            }
        }
        return largest;
    }
}
