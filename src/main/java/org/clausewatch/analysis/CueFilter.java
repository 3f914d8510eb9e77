package org.clausewatch.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Which cues of a list may match a text, decided in one pass over the text. Each cue needs one literal of each of
 * its requirements ({@link RequiredLiterals#all}); a multi-pattern automaton (Aho–Corasick, built as a full transition table) finds every
 * literal present at once, where testing each cue's literals with {@code contains} scanned the text a few hundred
 * times and was the largest single cost of classifying a provision. The answer is exactly that of {@code contains}
 * on every literal, so no cue's result can change.
 */
final class CueFilter {
    private static final int ROOT = 0;

    /** Per cue and requirement, the ids of the literals of which the cue needs one; no requirement: always try. */
    private final int[][][] requirementsOfCue;

    private final int literalCount;
    /** Character to its column in the table; 0 is every character no literal contains. */
    private final char[] column;

    private final int columns;
    /** Next state by state and column. */
    private final int[] next;
    /** Per state, the literals that end there, its own and those of its proper suffixes. */
    private final int[][] found;

    /** {@code requirementsPerCue}: per cue, its requirements, each a list of literals of which one must occur. */
    CueFilter(List<List<List<String>>> requirementsPerCue) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        this.requirementsOfCue = new int[requirementsPerCue.size()][][];
        for (int cue = 0; cue < requirementsOfCue.length; cue++) {
            requirementsOfCue[cue] = requirementsPerCue.get(cue).stream()
                    .map(literals -> literals.stream()
                            .mapToInt(literal -> ids.computeIfAbsent(literal, key -> ids.size()))
                            .toArray())
                    .toArray(int[][]::new);
        }
        this.literalCount = ids.size();
        this.column = new char[Character.MAX_VALUE + 1];
        int used = 1;
        for (String literal : ids.keySet()) {
            for (char c : literal.toCharArray()) {
                if (column[c] == 0) {
                    column[c] = (char) used++;
                }
            }
        }
        this.columns = used;
        Trie trie = Trie.of(new ArrayList<>(ids.keySet()), column, columns);
        this.next = trie.table();
        this.found = trie.found();
    }

    /** Per cue, whether it may match {@code text}: one literal of each of its requirements occurs. */
    boolean[] candidates(String text) {
        boolean[] present = new boolean[literalCount];
        int state = ROOT;
        for (int i = 0; i < text.length(); i++) {
            state = next[state * columns + column[text.charAt(i)]];
            for (int literal : found[state]) {
                present[literal] = true;
            }
        }
        boolean[] candidates = new boolean[requirementsOfCue.length];
        for (int cue = 0; cue < candidates.length; cue++) {
            candidates[cue] = allMet(requirementsOfCue[cue], present);
        }
        return candidates;
    }

    private static boolean allMet(int[][] requirements, boolean[] present) {
        for (int[] requirement : requirements) {
            if (!anyPresent(requirement, present)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyPresent(int[] literals, boolean[] present) {
        for (int literal : literals) {
            if (present[literal]) {
                return true;
            }
        }
        return false;
    }

    /** The automaton under construction: a trie of the literals, then failure links folded into a full table. */
    private static final class Trie {
        private final List<int[]> children = new ArrayList<>();
        private final List<int[]> ends = new ArrayList<>();
        private final int columns;

        private Trie(int columns) {
            this.columns = columns;
            addState();
        }

        static Trie of(List<String> literals, char[] column, int columns) {
            Trie trie = new Trie(columns);
            for (int id = 0; id < literals.size(); id++) {
                int state = ROOT;
                for (char c : literals.get(id).toCharArray()) {
                    state = trie.child(state, column[c]);
                }
                trie.ends.set(state, append(trie.ends.get(state), id));
            }
            trie.link();
            return trie;
        }

        private int addState() {
            int[] row = new int[columns];
            Arrays.fill(row, -1);
            children.add(row);
            ends.add(new int[0]);
            return children.size() - 1;
        }

        private int child(int state, int c) {
            if (children.get(state)[c] < 0) {
                int created = addState();
                children.get(state)[c] = created;
            }
            return children.get(state)[c];
        }

        /** Breadth first, so that a state's failure target is complete before the state is. */
        private void link() {
            int[] fail = new int[children.size()];
            Queue<Integer> queue = new ArrayDeque<>();
            for (int c = 0; c < columns; c++) {
                int child = children.get(ROOT)[c];
                if (child < 0) {
                    children.get(ROOT)[c] = ROOT;
                } else {
                    fail[child] = ROOT;
                    queue.add(child);
                }
            }
            while (!queue.isEmpty()) {
                int state = queue.remove();
                ends.set(state, concat(ends.get(state), ends.get(fail[state])));
                int[] row = children.get(state);
                for (int c = 0; c < columns; c++) {
                    int fallback = children.get(fail[state])[c];
                    if (row[c] < 0) {
                        row[c] = fallback;
                    } else {
                        fail[row[c]] = fallback;
                        queue.add(row[c]);
                    }
                }
            }
        }

        int[] table() {
            int[] table = new int[children.size() * columns];
            for (int state = 0; state < children.size(); state++) {
                System.arraycopy(children.get(state), 0, table, state * columns, columns);
            }
            return table;
        }

        int[][] found() {
            return ends.toArray(int[][]::new);
        }

        private static int[] append(int[] values, int value) {
            int[] longer = Arrays.copyOf(values, values.length + 1);
            longer[values.length] = value;
            return longer;
        }

        private static int[] concat(int[] first, int[] second) {
            int[] both = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }
    }
}
