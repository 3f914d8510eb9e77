package org.clausewatch.analysis;

import java.util.Arrays;

/**
 * The hashed buckets kept for the model with their inverse document frequencies, and the rule that turns a
 * sentence's buckets into a weighted vector: sublinear term frequency times IDF, each n-gram group (words,
 * characters) scaled to unit length so that long sentences do not outweigh short ones.
 */
final class TermWeights {
    /**
     * {@link #sublinear} of small counts, computed once by the same formula, which spares a logarithm per term of
     * every provision without changing any weight.
     */
    private static final double[] SUBLINEAR = sublinearTable(64);

    private final int[] buckets;
    private final float[] idf;
    /**
     * Which buckets are kept, one bit each, and per 64 buckets the number of kept buckets before them: a bucket's slot
     * is its rank among the kept ones. 192 KB instead of a 4 MB table of slots, so that looking up the thousand or so
     * buckets of a provision stays in the processor's cache.
     */
    private final long[] kept;

    private final int[] keptBefore;

    TermWeights(int[] buckets, float[] idf) {
        if (buckets.length != idf.length) {
            throw new IllegalArgumentException(buckets.length + " buckets but " + idf.length + " IDF values");
        }
        this.buckets = buckets.clone();
        this.idf = idf.clone();
        this.kept = new long[FeatureHasher.BUCKETS / Long.SIZE];
        this.keptBefore = new int[kept.length];
        for (int slot = 0; slot < buckets.length; slot++) {
            if (slot > 0 && buckets[slot] <= buckets[slot - 1]) {
                throw new IllegalArgumentException("buckets must ascend; slot " + slot + " is " + buckets[slot]);
            }
            kept[buckets[slot] / Long.SIZE] |= 1L << buckets[slot];
        }
        for (int word = 1; word < kept.length; word++) {
            keptBefore[word] = keptBefore[word - 1] + Long.bitCount(kept[word - 1]);
        }
    }

    /** The slot of {@code bucket}, or -1 when the model does not keep it. */
    int slot(int bucket) {
        int word = bucket / Long.SIZE;
        long bit = 1L << bucket;
        if ((kept[word] & bit) == 0) {
            return -1;
        }
        return keptBefore[word] + Long.bitCount(kept[word] & (bit - 1));
    }

    /** Sublinear term frequency: a word said twice is more telling than once, but not twice as telling. */
    static double sublinear(int occurrences) {
        return occurrences < SUBLINEAR.length ? SUBLINEAR[occurrences] : 1.0 + Math.log(occurrences);
    }

    private static double[] sublinearTable(int size) {
        double[] table = new double[size];
        for (int occurrences = 1; occurrences < size; occurrences++) {
            table[occurrences] = 1.0 + Math.log(occurrences);
        }
        return table;
    }

    int size() {
        return buckets.length;
    }

    int bucket(int slot) {
        return buckets[slot];
    }

    float idf(int slot) {
        return idf[slot];
    }

    /**
     * The weighted vector of one sentence's sorted buckets, with {@code extraSlots} (already ascending, each at
     * least {@link #size()}) appended at {@code extraValue}.
     */
    SparseVector vector(int[] sortedBuckets, int[] extraSlots, float extraValue) {
        int[] slots = new int[sortedBuckets.length + extraSlots.length];
        float[] values = new float[slots.length];
        int used = 0;
        double wordNorm = 0;
        double charNorm = 0;
        int wordEntries = 0;
        for (int i = 0; i < sortedBuckets.length; ) {
            int bucket = sortedBuckets[i];
            int run = 1;
            while (i + run < sortedBuckets.length && sortedBuckets[i + run] == bucket) {
                run++;
            }
            i += run;
            int slot = slot(bucket);
            if (slot >= 0) {
                float value = (float) (sublinear(run) * idf[slot]);
                slots[used] = slot;
                values[used++] = value;
                if (FeatureHasher.isCharBucket(bucket)) {
                    charNorm += value * value;
                } else {
                    wordNorm += value * value;
                    wordEntries++;
                }
            }
        }
        normalise(values, wordEntries, used, Math.sqrt(wordNorm), Math.sqrt(charNorm));
        for (int extra : extraSlots) {
            slots[used] = extra;
            values[used++] = extraValue;
        }
        return new SparseVector(Arrays.copyOf(slots, used), Arrays.copyOf(values, used));
    }

    /**
     * Word buckets lie below character buckets, so in a vector built from ascending buckets the first
     * {@code wordEntries} values are the word group's: no second look-up of each slot's bucket (a cache miss each).
     */
    private static void normalise(float[] values, int wordEntries, int used, double wordNorm, double charNorm) {
        for (int i = 0; i < wordEntries; i++) {
            values[i] = (float) (values[i] / wordNorm);
        }
        for (int i = wordEntries; i < used; i++) {
            values[i] = (float) (values[i] / charNorm);
        }
    }
}
