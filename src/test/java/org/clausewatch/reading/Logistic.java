package org.clausewatch.reading;

import java.util.Arrays;

/**
 * Binary logistic regression with L2 regularisation (the bias is not penalised) and per-example weights, fitted by
 * Nesterov-accelerated gradient descent. Features are standardised first (weighted mean 0, variance 1), because
 * sentence embeddings vary little along the directions that separate topics and an L2 penalty on raw embeddings
 * shrinks exactly those; the step is 1/L for the loss's smoothness bound, L found by power iteration. Deterministic:
 * no random start, a fixed number of iterations.
 */
final class Logistic {
    private static final int ITERATIONS = 1000;
    private static final int POWER_ITERATIONS = 30;
    private static final double MIN_DEVIATION = 1e-9;

    private final double[] weights;
    private final double bias;

    private Logistic(double[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** Fits weights to {@code x} (rows of equal length), labels {@code y} and example weights {@code w} (all > 0). */
    static Logistic fit(double[][] x, boolean[] y, double[] w, double lambda) {
        if (x.length == 0 || x.length != y.length || y.length != w.length) {
            throw new IllegalArgumentException("need as many rows, labels and weights, at least one: " + x.length + ", "
                    + y.length + ", " + w.length);
        }
        double[] share = shares(w);
        double[] mean = mean(x, share);
        double[] deviation = deviation(x, share, mean);
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = standardised(x[i], mean, deviation);
        }
        double[] beta = descend(z, y, share, lambda);
        int d = mean.length;
        double[] weights = new double[d];
        double bias = beta[d];
        for (int j = 0; j < d; j++) {
            weights[j] = beta[j] / deviation[j];
            bias -= weights[j] * mean[j];
        }
        return new Logistic(weights, bias);
    }

    /** The probability of the positive class. */
    double probability(double[] x) {
        return sigmoid(dot(weights, x, weights.length) + bias);
    }

    /** Coefficients (the last one the bias) minimising the weighted log-loss plus lambda/2 times their squares. */
    private static double[] descend(double[][] z, boolean[] y, double[] share, double lambda) {
        int d = z[0].length;
        double step = 1 / (0.25 * largestEigenvalue(z, share) + lambda);
        double[] beta = new double[d + 1];
        double[] look = new double[d + 1];
        double t = 1;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = gradient(z, y, share, lambda, look);
            double[] next = new double[d + 1];
            for (int j = 0; j <= d; j++) {
                next[j] = look[j] - step * gradient[j];
            }
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            for (int j = 0; j <= d; j++) {
                look[j] = next[j] + (t - 1) / tNext * (next[j] - beta[j]);
            }
            beta = next;
            t = tNext;
        }
        return beta;
    }

    private static double[] gradient(double[][] z, boolean[] y, double[] share, double lambda, double[] b) {
        int d = b.length - 1;
        double[] gradient = new double[d + 1];
        for (int i = 0; i < z.length; i++) {
            double error = share[i] * (sigmoid(dot(b, z[i], d) + b[d]) - (y[i] ? 1 : 0));
            for (int j = 0; j < d; j++) {
                gradient[j] += error * z[i][j];
            }
            gradient[d] += error;
        }
        for (int j = 0; j < d; j++) {
            gradient[j] += lambda * b[j];
        }
        return gradient;
    }

    /** The largest eigenvalue of the weighted second moments of the rows with a constant 1 appended. */
    private static double largestEigenvalue(double[][] z, double[] share) {
        int d = z[0].length;
        double[] v = new double[d + 1];
        Arrays.fill(v, 1 / Math.sqrt(d + 1));
        double eigenvalue = 1;
        for (int k = 0; k < POWER_ITERATIONS; k++) {
            double[] next = new double[d + 1];
            for (int i = 0; i < z.length; i++) {
                double projection = share[i] * (dot(v, z[i], d) + v[d]);
                for (int j = 0; j < d; j++) {
                    next[j] += projection * z[i][j];
                }
                next[d] += projection;
            }
            eigenvalue = Math.sqrt(dot(next, next, d + 1));
            for (int j = 0; j <= d; j++) {
                v[j] = next[j] / eigenvalue;
            }
        }
        // power iteration approaches the largest eigenvalue from below: a margin keeps the step safe
        return 1.1 * eigenvalue;
    }

    private static double[] shares(double[] w) {
        double total = Arrays.stream(w).sum();
        return Arrays.stream(w).map(weight -> weight / total).toArray();
    }

    private static double[] mean(double[][] x, double[] share) {
        double[] mean = new double[x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += share[i] * x[i][j];
            }
        }
        return mean;
    }

    private static double[] deviation(double[][] x, double[] share, double[] mean) {
        double[] deviation = new double[mean.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                double difference = x[i][j] - mean[j];
                deviation[j] += share[i] * difference * difference;
            }
        }
        for (int j = 0; j < mean.length; j++) {
            deviation[j] = Math.max(MIN_DEVIATION, Math.sqrt(deviation[j]));
        }
        return deviation;
    }

    private static double[] standardised(double[] row, double[] mean, double[] deviation) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = (row[j] - mean[j]) / deviation[j];
        }
        return z;
    }

    private static double dot(double[] a, double[] b, int length) {
        double sum = 0;
        for (int j = 0; j < length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
