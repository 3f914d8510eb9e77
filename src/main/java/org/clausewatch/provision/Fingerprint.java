package org.clausewatch.provision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What alignment compares of one provision, computed once per provision and alignment. */
final class Fingerprint {
    private static final int SHINGLE = 3;

    final String text;
    final String normalised;
    final String section;
    final int words;
    /** Distinct hashes of the word 3-shingles (the words themselves for shorter texts), sorted. */
    final long[] shingles;

    Fingerprint(Provision provision, Map<List<String>, String> sections) {
        this.text = provision.text();
        this.normalised = MarkdownText.normalised(MarkdownText.plain(text));
        this.section = sections.computeIfAbsent(provision.path(), Fingerprint::section);
        List<String> tokens = normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
        this.words = tokens.size();
        this.shingles = shingles(tokens);
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

    private static long[] distinct(long[] sorted) {
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[kept - 1] != sorted[i]) {
                sorted[kept++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, kept);
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

    double jaccard(Fingerprint other) {
        int shared = shared(shingles, other.shingles);
        int union = shingles.length + other.shingles.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** How much of this provision's wording is found in {@code other}. */
    double containedIn(Fingerprint other) {
        return shingles.length == 0 ? 0 : (double) shared(shingles, other.shingles) / shingles.length;
    }
}
