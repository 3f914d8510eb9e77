package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into hashed term buckets: word 1–3-grams in the lower half of the bucket space, character
 * 3–5-grams in the upper half. Hashing instead of a vocabulary keeps the model file free of the training text and
 * needs no allocation per n-gram, which is what makes thousands of sentences per second per core possible.
 */
final class FeatureHasher {
    static final int GROUP_BITS = 19;
    static final int BUCKETS_PER_GROUP = 1 << GROUP_BITS;
    static final int BUCKETS = 2 * BUCKETS_PER_GROUP;
    private static final int MASK = BUCKETS_PER_GROUP - 1;
    private static final int MAX_WORD_N = 3;
    private static final int MIN_CHAR_N = 3;
    private static final int MAX_CHAR_N = 5;
    private static final int RADIX_BITS = (GROUP_BITS + 1) / 2;
    private static final int RADIX_MASK = (1 << RADIX_BITS) - 1;
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private FeatureHasher() {}

    /** Whether {@code bucket} holds character n-grams (else word n-grams). */
    static boolean isCharBucket(int bucket) {
        return bucket >= BUCKETS_PER_GROUP;
    }

    /** The buckets of every n-gram of the sentence's {@code tokens}, sorted, one entry per occurrence. */
    static int[] buckets(List<String> tokens) {
        char[] joined = spaced(tokens);
        int[] out = new int[wordCount(tokens.size()) + charCount(joined.length)];
        int used = wordBuckets(tokens, out, 0);
        used = charBuckets(joined, out, used);
        int[] result = Arrays.copyOf(out, used);
        sort(result);
        return result;
    }

    /**
     * Sorts buckets in two counting passes of {@value #RADIX_BITS} bits each (buckets have exactly twice that many):
     * a provision has hundreds to thousands of them, where a comparison sort took about a twentieth of the time of classifying
     * it. Short arrays are left to {@link Arrays#sort(int[])}.
     */
    static void sort(int[] buckets) {
        if (buckets.length < 256) {
            Arrays.sort(buckets);
            return;
        }
        int[] half = new int[buckets.length];
        radixPass(buckets, half, 0);
        radixPass(half, buckets, RADIX_BITS);
    }

    private static void radixPass(int[] from, int[] to, int shift) {
        int[] start = new int[(1 << RADIX_BITS) + 1];
        for (int bucket : from) {
            start[(bucket >>> shift & RADIX_MASK) + 1]++;
        }
        for (int digit = 1; digit < start.length; digit++) {
            start[digit] += start[digit - 1];
        }
        for (int bucket : from) {
            to[start[bucket >>> shift & RADIX_MASK]++] = bucket;
        }
    }

    /** The tokens joined by single spaces, with one space before and after, as the character n-grams see them. */
    private static char[] spaced(List<String> tokens) {
        int length = 1;
        for (String token : tokens) {
            length += token.length() + 1;
        }
        char[] joined = new char[Math.max(length, 2)];
        Arrays.fill(joined, ' ');
        int at = 1;
        for (String token : tokens) {
            token.getChars(0, token.length(), joined, at);
            at += token.length() + 1;
        }
        return joined;
    }

    /**
     * Lower-case runs of letters and digits; punctuation and markup only separate words. Real text is brought to
     * the tokenisation of the UNFAIR-ToS training sentences (Penn Treebank style, lower-cased): "don't" there is
     * "do n't" and "cannot" is "can not", so both become the same words here as in training.
     */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                addWord(lower, start, i, tokens);
                start = -1;
            }
        }
        return tokens;
    }

    private static void addWord(String lower, int start, int end, List<String> tokens) {
        String word = lower.substring(start, end);
        if (word.equals("cannot")) {
            tokens.add("can");
            tokens.add("not");
        } else if (word.length() > 1 && word.endsWith("n") && negation(lower, end)) {
            tokens.add(word.substring(0, word.length() - 1));
            tokens.add("n");
        } else {
            tokens.add(word);
        }
    }

    /** Whether the word ending at {@code end} is followed by an apostrophe and a lone "t", as in "don't". */
    private static boolean negation(String lower, int end) {
        return end + 1 < lower.length()
                && (lower.charAt(end) == '\'' || lower.charAt(end) == '\u2019')
                && lower.charAt(end + 1) == 't'
                && (end + 2 == lower.length() || !Character.isLetterOrDigit(lower.charAt(end + 2)));
    }

    /** The bucket of one word's unigram, as {@link #buckets} computes it. */
    static int wordBucket(String token) {
        return mix(fnv(token)) & MASK;
    }

    private static int wordCount(int tokens) {
        return tokens * MAX_WORD_N;
    }

    private static int charCount(int length) {
        return length * (MAX_CHAR_N - MIN_CHAR_N + 1);
    }

    private static int wordBuckets(List<String> tokens, int[] out, int used) {
        int[] hashes = new int[tokens.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = fnv(tokens.get(i));
        }
        for (int i = 0; i < hashes.length; i++) {
            int h = hashes[i];
            out[used++] = mix(h) & MASK;
            for (int n = 2; n <= MAX_WORD_N && i + n <= hashes.length; n++) {
                h = h * 0x9E3779B1 + hashes[i + n - 1];
                out[used++] = mix(h + n) & MASK;
            }
        }
        return used;
    }

    private static int charBuckets(char[] joined, int[] out, int used) {
        for (int i = 0; i < joined.length; i++) {
            int h = FNV_OFFSET;
            for (int n = 1; n <= MAX_CHAR_N && i + n <= joined.length; n++) {
                h = (h ^ joined[i + n - 1]) * FNV_PRIME;
                if (n >= MIN_CHAR_N) {
                    out[used++] = BUCKETS_PER_GROUP + (mix(h ^ n) & MASK);
                }
            }
        }
        return used;
    }

    private static int fnv(String token) {
        int h = FNV_OFFSET;
        for (int i = 0; i < token.length(); i++) {
            h = (h ^ token.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /** MurmurHash3's finaliser: spreads nearby hashes over the whole bucket range. */
    private static int mix(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
