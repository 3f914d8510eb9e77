package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * How the parts of a model are fitted to training data: the term weights, the actor phrases kept, the neighbour index
 * and the blend of a kind's two opinions. The runtime classes only hold, read, write and apply what is fitted here.
 */
final class Fitting {
    private static final int BLEND_NEWTON_STEPS = 30;
    /** Ridge on the two weights (not the bias), as in the cross-validated experiments of docs/classification.md. */
    private static final double BLEND_RIDGE = 1.0;

    private Fitting() {}

    /** Keeps every bucket seen in at least {@code minDocuments} of the training sentences. */
    static TermWeights termWeights(int[][] sentenceBuckets, int minDocuments) {
        return termWeights(sentenceBuckets, new int[sentenceBuckets.length], minDocuments, 1);
    }

    /**
     * Keeps every bucket seen in at least {@code minDocuments} of the training sentences and in sentences of at least
     * {@code minCompanies} different companies ({@code companyOf} numbers each sentence's company): an n-gram only
     * one company uses, such as its name or house style, cannot help with another company's terms.
     */
    static TermWeights termWeights(int[][] sentenceBuckets, int[] companyOf, int minDocuments, int minCompanies) {
        int[] df = new int[FeatureHasher.BUCKETS];
        int[] companies = new int[FeatureHasher.BUCKETS];
        int[] lastCompany = new int[FeatureHasher.BUCKETS];
        Arrays.fill(lastCompany, -1);
        for (int s : byCompany(companyOf)) {
            int[] sentence = sentenceBuckets[s];
            for (int i = 0; i < sentence.length; i++) {
                if (i == 0 || sentence[i] != sentence[i - 1]) {
                    df[sentence[i]]++;
                    if (lastCompany[sentence[i]] != companyOf[s]) {
                        lastCompany[sentence[i]] = companyOf[s];
                        companies[sentence[i]]++;
                    }
                }
            }
        }
        int kept = 0;
        for (int bucket = 0; bucket < df.length; bucket++) {
            kept += df[bucket] >= minDocuments && companies[bucket] >= minCompanies ? 1 : 0;
        }
        int[] buckets = new int[kept];
        float[] idf = new float[kept];
        int slot = 0;
        for (int bucket = 0; bucket < df.length; bucket++) {
            if (df[bucket] >= minDocuments && companies[bucket] >= minCompanies) {
                buckets[slot] = bucket;
                idf[slot++] = (float) (Math.log((1.0 + sentenceBuckets.length) / (1.0 + df[bucket])) + 1.0);
            }
        }
        return new TermWeights(buckets, idf);
    }

    /** The sentence indices ordered by company, so that each company's sentences are counted together. */
    private static int[] byCompany(int[] companyOf) {
        return IntStream.range(0, companyOf.length)
                .boxed()
                .sorted(Comparator.comparingInt((Integer s) -> companyOf[s]))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Keeps the features seen in at least {@code minDocuments} of the training sentences' tokens. */
    static ActorPhrases actorPhrases(List<List<String>> sentences, int minDocuments) {
        Map<String, Integer> df = new TreeMap<>();
        for (List<String> tokens : sentences) {
            new HashSet<>(ActorPhrases.features(tokens)).forEach(name -> df.merge(name, 1, Integer::sum));
        }
        List<String> kept = new ArrayList<>();
        df.forEach((name, count) -> {
            if (count >= minDocuments) {
                kept.add(name);
            }
        });
        return new ActorPhrases(kept);
    }

    /** Indexes the training sentences' sorted buckets with their gold kinds. */
    static NeighbourIndex neighbourIndex(TermWeights terms, List<int[]> sortedBuckets, List<Set<UnfairKind>> kinds) {
        int n = sortedBuckets.size();
        byte[] kindsOf = new byte[n];
        float[] wordNorm = new float[n];
        float[] charNorm = new float[n];
        int[] df = new int[terms.size()];
        int[][] slotsOf = new int[n][];
        byte[][] runsOf = new byte[n][];
        for (int i = 0; i < n; i++) {
            kindsOf[i] = mask(kinds.get(i));
            Runs runs = Runs.of(terms, sortedBuckets.get(i));
            slotsOf[i] = runs.slots();
            runsOf[i] = runs.counts();
            wordNorm[i] = runs.norm(terms, false);
            charNorm[i] = runs.norm(terms, true);
            for (int slot : runs.slots()) {
                df[slot]++;
            }
        }
        int[][] postings = new int[terms.size()][];
        byte[][] counts = new byte[terms.size()][];
        int[] filled = new int[terms.size()];
        for (int slot = 0; slot < df.length; slot++) {
            int size = df[slot] <= NeighbourIndex.MAX_POSTINGS ? df[slot] : 0;
            postings[slot] = new int[size];
            counts[slot] = new byte[size];
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < slotsOf[i].length; j++) {
                int slot = slotsOf[i][j];
                if (postings[slot].length > 0) {
                    postings[slot][filled[slot]] = i;
                    counts[slot][filled[slot]++] = runsOf[i][j];
                }
            }
        }
        return new NeighbourIndex(terms, kindsOf, wordNorm, charNorm, postings, counts);
    }

    private static byte mask(Set<UnfairKind> kinds) {
        int mask = 0;
        for (UnfairKind kind : kinds) {
            mask |= 1 << kind.ordinal();
        }
        return (byte) mask;
    }

    /** Fits the weights by Newton's method (three unknowns, so the 3 × 3 system is solved directly). */
    static Blend blend(double[] margin, double[] vote, boolean[] positive, boolean[] use) {
        double[] w = new double[3];
        for (int step = 0; step < BLEND_NEWTON_STEPS; step++) {
            double[] gradient = {BLEND_RIDGE * w[0], BLEND_RIDGE * w[1], 0};
            double[][] hessian = {{BLEND_RIDGE, 0, 0}, {0, BLEND_RIDGE, 0}, {0, 0, 1e-6}};
            for (int i = 0; i < margin.length; i++) {
                if (!use[i]) {
                    continue;
                }
                double[] x = {margin[i], vote[i], 1};
                double p = 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2])));
                double residual = p - (positive[i] ? 1 : 0);
                for (int a = 0; a < 3; a++) {
                    gradient[a] += residual * x[a];
                    for (int b = 0; b < 3; b++) {
                        hessian[a][b] += p * (1 - p) * x[a] * x[b];
                    }
                }
            }
            double[] delta = solve(hessian, gradient);
            for (int a = 0; a < 3; a++) {
                w[a] -= delta[a];
            }
        }
        return new Blend(w[0], w[1], w[2], 0);
    }

    /** Gaussian elimination with partial pivoting; the ridge keeps the system well conditioned. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][n + 1];
        for (int r = 0; r < n; r++) {
            System.arraycopy(matrix[r], 0, a[r], 0, n);
            a[r][n] = vector[r];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                pivot = Math.abs(a[r][col]) > Math.abs(a[pivot][col]) ? r : pivot;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }

    /** A sentence's kept term slots with the number of occurrences of each (capped at 127). */
    private static final class Runs {
        private final int[] slots;
        private final byte[] counts;

        private Runs(int[] slots, byte[] counts) {
            this.slots = slots;
            this.counts = counts;
        }

        int[] slots() {
            return slots;
        }

        byte[] counts() {
            return counts;
        }

        static Runs of(TermWeights terms, int[] sortedBuckets) {
            int[] slots = new int[sortedBuckets.length];
            byte[] counts = new byte[sortedBuckets.length];
            int used = 0;
            for (int i = 0; i < sortedBuckets.length; ) {
                int run = 1;
                while (i + run < sortedBuckets.length && sortedBuckets[i + run] == sortedBuckets[i]) {
                    run++;
                }
                int slot = terms.slot(sortedBuckets[i]);
                if (slot >= 0) {
                    slots[used] = slot;
                    counts[used++] = (byte) Math.min(run, Byte.MAX_VALUE);
                }
                i += run;
            }
            return new Runs(Arrays.copyOf(slots, used), Arrays.copyOf(counts, used));
        }

        float norm(TermWeights terms, boolean chars) {
            double sum = 0;
            for (int j = 0; j < slots.length; j++) {
                if (FeatureHasher.isCharBucket(terms.bucket(slots[j])) == chars) {
                    double value = TermWeights.sublinear(counts[j]) * terms.idf(slots[j]);
                    sum += value * value;
                }
            }
            return (float) Math.sqrt(sum);
        }
    }
}
