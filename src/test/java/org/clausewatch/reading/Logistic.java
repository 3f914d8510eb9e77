package org.clausewatch.reading;

/**
 * Binary logistic regression with L2 regularisation (the bias is not penalised) and per-example weights, fitted by
 * Nesterov-accelerated gradient descent with the step 1/L of the loss's smoothness bound. Deterministic: no random
 * start, a fixed number of iterations.
 */
final class Logistic {
    private static final int ITERATIONS = 400;

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
        int d = x[0].length;
        double total = 0;
        double maxNorm = 0;
        for (int i = 0; i < x.length; i++) {
            total += w[i];
            maxNorm = Math.max(maxNorm, dot(x[i], x[i]) + 1);
        }
        double step = 1 / (0.25 * maxNorm + lambda);
        double[] beta = new double[d + 1];
        double[] previous = new double[d + 1];
        double[] look = new double[d + 1];
        double t = 1;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = gradient(x, y, w, total, lambda, look);
            double[] next = new double[d + 1];
            for (int j = 0; j <= d; j++) {
                next[j] = look[j] - step * gradient[j];
            }
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            for (int j = 0; j <= d; j++) {
                look[j] = next[j] + (t - 1) / tNext * (next[j] - previous[j]);
            }
            previous = next;
            beta = next;
            t = tNext;
        }
        return new Logistic(java.util.Arrays.copyOf(beta, d), beta[d]);
    }

    /** The probability of the positive class. */
    double probability(double[] x) {
        return sigmoid(dot(weights, x) + bias);
    }

    private static double[] gradient(double[][] x, boolean[] y, double[] w, double total, double lambda, double[] b) {
        int d = b.length - 1;
        double[] gradient = new double[d + 1];
        double[] coefficients = java.util.Arrays.copyOf(b, d);
        for (int i = 0; i < x.length; i++) {
            double error = w[i] / total * (sigmoid(dot(coefficients, x[i]) + b[d]) - (y[i] ? 1 : 0));
            for (int j = 0; j < d; j++) {
                gradient[j] += error * x[i][j];
            }
            gradient[d] += error;
        }
        for (int j = 0; j < d; j++) {
            gradient[j] += lambda * b[j];
        }
        return gradient;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
