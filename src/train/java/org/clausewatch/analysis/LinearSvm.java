package org.clausewatch.analysis;

import java.util.List;
import java.util.Random;

/**
 * Trains one binary linear scorer: an L2-regularised squared-hinge-loss support vector machine solved by dual
 * coordinate descent (Hsieh et al. 2008, the method behind LIBLINEAR), with a bias feature of constant 1 and a
 * separate cost for positive examples because every unfair kind is rare. Deterministic for a given seed.
 */
final class LinearSvm {
    private static final int MAX_EPOCHS = 300;
    private static final double TOLERANCE = 0.01;

    private final double positiveCost;
    private final double negativeCost;
    private final long seed;

    LinearSvm(double positiveCost, double negativeCost, long seed) {
        if (positiveCost <= 0 || negativeCost <= 0) {
            throw new IllegalArgumentException("costs must be positive, got " + positiveCost + " and " + negativeCost);
        }
        this.positiveCost = positiveCost;
        this.negativeCost = negativeCost;
        this.seed = seed;
    }

    /** The trained scorer: {@code weights} then the bias in the last element. */
    float[] train(List<SparseVector> examples, boolean[] positive, int dimension) {
        int n = examples.size();
        double[] w = new double[dimension + 1];
        double[] alpha = new double[n];
        double[] diagonal = new double[n];
        double[] qd = new double[n];
        for (int i = 0; i < n; i++) {
            diagonal[i] = 0.5 / (positive[i] ? positiveCost : negativeCost);
            qd[i] = examples.get(i).squaredNorm() + 1.0 + diagonal[i];
        }
        int[] order = identity(n);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < MAX_EPOCHS; epoch++) {
            shuffle(order, random);
            double maxGradient = Double.NEGATIVE_INFINITY;
            double minGradient = Double.POSITIVE_INFINITY;
            for (int i : order) {
                SparseVector x = examples.get(i);
                double y = positive[i] ? 1 : -1;
                double g = y * (dot(x, w) + w[dimension]) - 1 + diagonal[i] * alpha[i];
                double projected = alpha[i] == 0 ? Math.min(g, 0) : g;
                maxGradient = Math.max(maxGradient, projected);
                minGradient = Math.min(minGradient, projected);
                if (Math.abs(projected) > 1e-12) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / qd[i], 0);
                    update(w, x, (alpha[i] - old) * y, dimension);
                }
            }
            if (maxGradient - minGradient < TOLERANCE) {
                break;
            }
        }
        return toFloats(w);
    }

    private static double dot(SparseVector x, double[] w) {
        double sum = 0;
        for (int j = 0; j < x.size(); j++) {
            sum += x.value(j) * w[x.index(j)];
        }
        return sum;
    }

    private static void update(double[] w, SparseVector x, double step, int dimension) {
        for (int j = 0; j < x.size(); j++) {
            w[x.index(j)] += step * x.value(j);
        }
        w[dimension] += step;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static float[] toFloats(double[] w) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) w[i];
        }
        return out;
    }
}
