package org.clausewatch.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The training sentences as an inverted index over their term slots, answering "how many of a sentence's nearest
 * training sentences carry each kind". Many unfair clauses are near copies of clauses in other companies' terms,
 * which a nearest-neighbour vote recognises even where the linear scorers' weights are spread thin.
 *
 * <p>Similarity is the dot product of the weighted vectors (word and character parts each of unit length, so it
 * is twice the mean of the two cosines). Slots found in more than {@link #MAX_POSTINGS} training sentences are left
 * out of the index: they carry little weight (low IDF) and would cost most of the time of a query.
 */
final class NeighbourIndex {
    static final int NEIGHBOURS = 10;
    static final int MAX_POSTINGS = 300;

    private final byte[] kindsOf;
    private final float[] wordNorm;
    private final float[] charNorm;
    private final int[][] postings;
    private final byte[][] counts;
    /**
     * The postings again, flat: slot s's sentences and weights are at {@code offsets[s]} up to {@code offsets[s + 1]}.
     * Weights are computed once so that a query does no logarithms, and one flat array spares a query a memory
     * indirection per slot, which was most of its time.
     */
    private final int[] offsets;

    private final int[] flatIds;
    private final float[] flatWeights;
    /** Whether every weight is a finite number, so that every similarity and vote is one. */
    private final boolean finite;

    /** The index as {@link #read} restores it or the trainer ({@code Fitting.neighbourIndex}) builds it. */
    NeighbourIndex(
            TermWeights terms, byte[] kindsOf, float[] wordNorm, float[] charNorm, int[][] postings, byte[][] counts) {
        this.kindsOf = kindsOf;
        this.wordNorm = wordNorm;
        this.charNorm = charNorm;
        this.postings = postings;
        this.counts = counts;
        this.offsets = new int[postings.length + 1];
        for (int slot = 0; slot < postings.length; slot++) {
            offsets[slot + 1] = offsets[slot] + postings[slot].length;
        }
        this.flatIds = new int[offsets[postings.length]];
        this.flatWeights = new float[flatIds.length];
        for (int slot = 0; slot < postings.length; slot++) {
            flatten(terms, slot);
        }
        this.finite = allFinite(flatWeights);
    }

    private static boolean allFinite(float[] weights) {
        for (float weight : weights) {
            if (!Float.isFinite(weight)) {
                return false;
            }
        }
        return true;
    }

    private void flatten(TermWeights terms, int slot) {
        boolean chars = FeatureHasher.isCharBucket(terms.bucket(slot));
        for (int p = 0; p < postings[slot].length; p++) {
            int i = postings[slot][p];
            flatIds[offsets[slot] + p] = i;
            flatWeights[offsets[slot] + p] = (float)
                    (TermWeights.sublinear(counts[slot][p]) * terms.idf(slot) / (chars ? charNorm[i] : wordNorm[i]));
        }
    }

    /** Whether every weight is finite: then every vote is a number from 0 to 1. */
    boolean finite() {
        return finite;
    }

    int sentences() {
        return kindsOf.length;
    }

    /** Per kind, the similarity-weighted share of the nearest training sentences that carry it. */
    double[] votes(SparseVector query) {
        return votes(query, null, -1);
    }

    /**
     * As {@link #votes(SparseVector)}, ignoring the training sentences whose group is {@code excludedGroup}: how
     * cross-validation sees a sentence of a company the index must not know.
     */
    double[] votes(SparseVector query, int[] groupOf, int excludedGroup) {
        float[] similarity = similarities(query);
        int[] nearest = nearest(similarity, groupOf, excludedGroup);
        double[] votes = new double[UnfairKind.values().length];
        double total = 1e-9;
        for (int i : nearest) {
            if (i < 0) {
                break;
            }
            double weight = Math.max(similarity[i], 0);
            total += weight;
            for (int k = 0; k < votes.length; k++) {
                votes[k] += (kindsOf[i] >> k & 1) * weight;
            }
        }
        for (int k = 0; k < votes.length; k++) {
            votes[k] /= total;
        }
        return votes;
    }

    private float[] similarities(SparseVector query) {
        float[] similarity = new float[kindsOf.length];
        for (int j = 0; j < query.size(); j++) {
            int slot = query.index(j);
            if (slot >= postings.length) {
                continue;
            }
            float q = query.value(j);
            for (int p = offsets[slot]; p < offsets[slot + 1]; p++) {
                similarity[flatIds[p]] += q * flatWeights[p];
            }
        }
        return similarity;
    }

    /** The indices of the most similar sentences, best first, ties to the lower index; -1 pads a short list. */
    private int[] nearest(float[] similarity, int[] groupOf, int excludedGroup) {
        int[] best = new int[NEIGHBOURS];
        Arrays.fill(best, -1);
        // the similarity a sentence must pass to enter a full list, held apart from the list to spare a look-up per
        // sentence
        float floor = Float.NaN;
        for (int i = 0; i < similarity.length; i++) {
            if (groupOf != null && groupOf[i] == excludedGroup) {
                continue;
            }
            if (best[NEIGHBOURS - 1] >= 0 && similarity[i] <= floor) {
                continue;
            }
            int at = NEIGHBOURS - 1;
            while (at > 0 && (best[at - 1] < 0 || similarity[i] > similarity[best[at - 1]])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
            if (best[NEIGHBOURS - 1] >= 0) {
                floor = similarity[best[NEIGHBOURS - 1]];
            }
        }
        return best;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(kindsOf.length);
        for (int i = 0; i < kindsOf.length; i++) {
            out.writeByte(kindsOf[i]);
            out.writeFloat(wordNorm[i]);
            out.writeFloat(charNorm[i]);
        }
        for (int slot = 0; slot < postings.length; slot++) {
            writeVarint(out, postings[slot].length);
            int previous = 0;
            for (int p = 0; p < postings[slot].length; p++) {
                writeVarint(out, postings[slot][p] - previous);
                previous = postings[slot][p];
                out.writeByte(counts[slot][p]);
            }
        }
    }

    static NeighbourIndex read(DataInputStream in, TermWeights terms, String name) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new InvalidModelException(name + ": neighbour index of " + n + " sentences");
        }
        byte[] kindsOf = new byte[n];
        float[] wordNorm = new float[n];
        float[] charNorm = new float[n];
        for (int i = 0; i < n; i++) {
            kindsOf[i] = in.readByte();
            wordNorm[i] = in.readFloat();
            charNorm[i] = in.readFloat();
        }
        int[][] postings = new int[terms.size()][];
        byte[][] counts = new byte[terms.size()][];
        for (int slot = 0; slot < postings.length; slot++) {
            int size = readVarint(in);
            postings[slot] = new int[size];
            counts[slot] = new byte[size];
            int id = 0;
            for (int p = 0; p < size; p++) {
                id += readVarint(in);
                if (id >= n) {
                    throw new InvalidModelException(name + ": slot " + slot + " lists sentence " + id + " of " + n);
                }
                postings[slot][p] = id;
                counts[slot][p] = in.readByte();
            }
        }
        return new NeighbourIndex(terms, kindsOf, wordNorm, charNorm, postings, counts);
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new InvalidModelException("varint longer than 5 bytes");
    }
}
