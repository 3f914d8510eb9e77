package org.clausewatch.provision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one-to-one matching of previous and next provisions that alignment builds up stage by stage. */
final class Matching {
    private static final int GAP_LIMIT = 8;
    private static final int SHORT = 12;
    private static final double GAP_SIMILAR = 0.2;

    final List<Fingerprint> previous;
    final List<Fingerprint> next;
    final int[] previousMatch;
    final int[] nextMatch;
    private final Alignment.Stage[] stages;

    Matching(List<Fingerprint> previous, List<Fingerprint> next) {
        this.previous = previous;
        this.next = next;
        this.previousMatch = filled(previous.size());
        this.nextMatch = filled(next.size());
        this.stages = new Alignment.Stage[next.size()];
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }

    /** Whether new provision {@code n} was matched on its text, exactly or normalised: then it was not split. */
    boolean matchedVerbatim(int n) {
        return stages[n] == Alignment.Stage.IDENTICAL || stages[n] == Alignment.Stage.NORMALISED;
    }

    void pair(int p, int n, Alignment.Stage stage) {
        previousMatch[p] = n;
        nextMatch[n] = p;
        stages[n] = stage;
    }

    /** Same text (then same normalised text), preferring a candidate in the same section, then the first in order. */
    void matchIdentical() {
        // Keys are pairs, not concatenations: strings cache their hash, so a big document is hashed once, not per
        // stage.
        matchEqual(f -> new Placed(f.text, f.section), Alignment.Stage.IDENTICAL);
        matchEqual(f -> f.text, Alignment.Stage.IDENTICAL);
        matchEqual(f -> new Placed(f.normalised(), f.section), Alignment.Stage.NORMALISED);
        matchEqual(Fingerprint::normalised, Alignment.Stage.NORMALISED);
    }

    private record Placed(String text, String section) {}

    private void matchEqual(Function<Fingerprint, Object> key, Alignment.Stage stage) {
        if (allMatched()) {
            return;
        }
        Map<Object, ArrayDeque<Integer>> waiting = new HashMap<>();
        for (int p = 0; p < previous.size(); p++) {
            if (previousMatch[p] < 0 && !previous.get(p).normalised().isEmpty()) {
                waiting.computeIfAbsent(key.apply(previous.get(p)), k -> new ArrayDeque<>())
                        .add(p);
            }
        }
        for (int n = 0; n < next.size(); n++) {
            if (nextMatch[n] < 0 && !next.get(n).normalised().isEmpty()) {
                ArrayDeque<Integer> candidates = waiting.get(key.apply(next.get(n)));
                if (candidates != null && !candidates.isEmpty()) {
                    pair(candidates.poll(), n, stage);
                }
            }
        }
    }

    /** Near-identical wording, best pairs first, so that two similar clauses do not swap lineages. */
    void matchSimilar() {
        if (allMatched()) {
            return;
        }
        ShingleIndex index = new ShingleIndex(previous, p -> previousMatch[p] < 0);
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < next.size(); n++) {
            if (nextMatch[n] < 0) {
                collect(n, index, candidates);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate candidate : candidates) {
            if (previousMatch[candidate.previous] < 0 && nextMatch[candidate.next] < 0) {
                pair(candidate.previous, candidate.next, Alignment.Stage.SIMILAR);
            }
        }
    }

    private void collect(int n, ShingleIndex index, List<Candidate> candidates) {
        Fingerprint probe = next.get(n);
        index.candidates(probe).forEach((p, shared) -> {
            Fingerprint other = previous.get(p);
            double jaccard = (double) shared / (probe.shingles().length + other.shingles().length - shared);
            if (jaccard >= Aligner.SIMILAR) {
                // A candidate in the same section wins a tie: renumbered headings keep their section.
                double bonus = other.section.equals(probe.section) ? 0.01 : 0;
                candidates.add(new Candidate(p, n, jaccard + bonus));
            }
        });
    }

    private record Candidate(int previous, int next, double score) {}

    /**
     * The same provision rewritten: most of its words in common, in whatever order (a clause reworded around the same
     * terms, a short line with one word changed, a renumbered and rewritten section), where shingles find too little in
     * common. First within the same section, where less in common is enough, then anywhere; best pairs first.
     */
    void matchReworded() {
        if (allMatched()) {
            return;
        }
        ShingleIndex index = new ShingleIndex(previous, p -> previousMatch[p] < 0, Fingerprint::vocabulary);
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < next.size(); n++) {
            if (nextMatch[n] < 0 && next.get(n).vocabulary().length > 0) {
                collectReworded(n, index, candidates);
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate candidate : candidates) {
            if (previousMatch[candidate.previous] < 0 && nextMatch[candidate.next] < 0) {
                pair(candidate.previous, candidate.next, Alignment.Stage.REWORDED);
            }
        }
    }

    private void collectReworded(int n, ShingleIndex index, List<Candidate> candidates) {
        Fingerprint probe = next.get(n);
        for (int p : index.candidates(probe).keySet()) {
            Fingerprint other = previous.get(p);
            int shared = Fingerprint.shared(probe.vocabulary(), other.vocabulary());
            int union = probe.vocabulary().length + other.vocabulary().length - shared;
            double jaccard = Fingerprint.jaccard(probe.vocabulary(), other.vocabulary());
            boolean sameSection = other.section.equals(probe.section);
            if (shared >= Math.min(2, union)
                    && jaccard >= (sameSection ? Aligner.REWORDED_IN_SECTION : Aligner.REWORDED)) {
                // The same section first: of two copies of a text (regional variants), each keeps its own.
                candidates.add(new Candidate(p, n, jaccard + (sameSection ? 1 : 0)));
            }
        }
    }

    /**
     * Between two recognised neighbours, as many unrecognised provisions on both sides are paired in order when their
     * words overlap a little, or share a word at all when both are short: a "Last updated" line or a rewritten one-line clause stays the
     * same provision rather than becoming a removal and an addition.
     */
    void matchPositional() {
        if (allMatched()) {
            return;
        }
        List<int[]> anchors = new ArrayList<>();
        anchors.add(new int[] {-1, -1});
        for (int n = 0; n < next.size(); n++) {
            if (nextMatch[n] >= 0) {
                anchors.add(new int[] {nextMatch[n], n});
            }
        }
        anchors.add(new int[] {previous.size(), next.size()});
        for (int i = 1; i < anchors.size(); i++) {
            int[] from = anchors.get(i - 1);
            int[] to = anchors.get(i);
            if (from[0] < to[0]) {
                pairGap(unmatched(previousMatch, from[0], to[0]), unmatched(nextMatch, from[1], to[1]));
            }
        }
    }

    private static List<Integer> unmatched(int[] matches, int after, int before) {
        List<Integer> free = new ArrayList<>();
        for (int i = after + 1; i < before; i++) {
            if (matches[i] < 0) {
                free.add(i);
            }
        }
        return free;
    }

    private void pairGap(List<Integer> previousFree, List<Integer> nextFree) {
        if (previousFree.size() != nextFree.size() || previousFree.size() > GAP_LIMIT) {
            return;
        }
        for (int i = 0; i < previousFree.size(); i++) {
            Fingerprint before = previous.get(previousFree.get(i));
            Fingerprint after = next.get(nextFree.get(i));
            boolean bothShort = before.words() <= SHORT && after.words() <= SHORT;
            double overlap = wordOverlap(before, after);
            if ((bothShort && overlap > 0) || overlap >= GAP_SIMILAR) {
                pair(previousFree.get(i), nextFree.get(i), Alignment.Stage.POSITIONAL);
            }
        }
    }

    private static double wordOverlap(Fingerprint a, Fingerprint b) {
        java.util.Set<String> left =
                new java.util.HashSet<>(Arrays.asList(a.normalised().split(" ")));
        java.util.Set<String> right =
                new java.util.HashSet<>(Arrays.asList(b.normalised().split(" ")));
        int union = left.size() + right.size();
        left.retainAll(right);
        return union == 0 ? 0 : (double) left.size() / (union - left.size());
    }

    /** Whether one side has nothing left to match, when the later, costlier stages have nothing to do. */
    boolean allMatched() {
        return Arrays.stream(previousMatch).allMatch(n -> n >= 0)
                || Arrays.stream(nextMatch).allMatch(p -> p >= 0);
    }

    List<Alignment.Match> matches() {
        List<Alignment.Match> matches = new ArrayList<>();
        for (int n = 0; n < next.size(); n++) {
            if (nextMatch[n] >= 0) {
                matches.add(new Alignment.Match(nextMatch[n], n, stages[n]));
            }
        }
        return matches;
    }
}
