package org.clausewatch.provision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clausewatch.common.Memo;

/**
 * What alignment compares of one provision. The normalised words and shingles are worked out only when a later stage
 * asks for them: most provisions of a new version are matched on their exact text first and never need them.
 */
final class Fingerprint {
    private static final int SHINGLE = 3;

    final String text;
    final String section;
    private final Memo<String, Wording> wordings;
    private Wording wording;

    /**
     * The normalised words of a text, their count, their shingles and the words themselves (hashed, distinct): what
     * near-identical and reworded matching compare.
     */
    record Wording(String normalised, int words, long[] shingles, long[] vocabulary) {
        static Wording of(String text) {
            String normalised = MarkdownText.normalised(MarkdownText.plain(text));
            List<String> tokens = normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
            return new Wording(normalised, tokens.size(), Fingerprint.shingles(tokens), Fingerprint.vocabulary(tokens));
        }
    }

    Fingerprint(Provision provision, Map<List<String>, String> sections, Memo<String, Wording> wordings) {
        this.text = provision.text();
        this.section = sections.computeIfAbsent(provision.path(), Fingerprint::section);
        this.wordings = wordings;
    }

    private Wording wording() {
        if (wording == null) {
            wording = wordings.get(text);
        }
        return wording;
    }

    String normalised() {
        return wording().normalised();
    }

    int words() {
        return wording().words();
    }

    /** Distinct hashes of the word 3-shingles (the words themselves for shorter texts), sorted; not to be changed. */
    long[] shingles() {
        return wording().shingles();
    }

    /** Distinct hashes of the normalised words, sorted; not to be changed. */
    long[] vocabulary() {
        return wording().vocabulary();
    }

    private static String section(List<String> path) {
        StringBuilder section = new StringBuilder();
        for (String heading : path) {
            section.append(MarkdownText.section(heading)).append('\u001f');
        }
        return section.toString();
    }

    private static long[] shingles(List<String> tokens) {
        int size = Math.min(SHINGLE, tokens.size());
        if (size == 0) {
            return new long[0];
        }
        long[] hashes = new long[tokens.size() - size + 1];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 1125899906842597L;
            for (int j = i; j < i + size; j++) {
                hash = 31 * hash + tokens.get(j).hashCode();
                hash ^= hash >>> 29;
            }
            hashes[i] = hash;
        }
        Arrays.sort(hashes);
        return distinct(hashes);
    }

    private static long[] vocabulary(List<String> tokens) {
        long[] hashes = new long[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 1125899906842597L + tokens.get(i).hashCode();
            hashes[i] = hash ^ (hash >>> 29);
        }
        Arrays.sort(hashes);
        return distinct(hashes);
    }

    private static long[] distinct(long[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[kept - 1] != sorted[i]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
    }

    /** Shared elements over all distinct elements of two sorted sets of hashes. */
    static double jaccard(long[] a, long[] b) {
        int shared = shared(a, b);
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    static int shared(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }
}
