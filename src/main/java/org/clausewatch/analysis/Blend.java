package org.clausewatch.analysis;

/**
 * How one kind's two opinions are combined: a logistic regression over the linear scorer's margin and the
 * neighbour vote, fitted on out-of-fold values of both (so it learns how far each generalises to unseen
 * companies, not how well each remembers the training set), and the decision threshold on its log-odds.
 */
record Blend(double marginWeight, double voteWeight, double bias, double threshold) {
    private static final int NEWTON_STEPS = 30;
    /** Ridge on the two weights (not the bias), as in the cross-validated experiments of docs/classification.md. */
    private static final double RIDGE = 1.0;

    /** The log-odds that the kind applies; compared with {@link #threshold}. */
    double logOdds(double margin, double vote) {
        return marginWeight * margin + voteWeight * vote + bias;
    }

    boolean applies(double margin, double vote) {
        return logOdds(margin, vote) > threshold;
    }

    Blend withThreshold(double newThreshold) {
        return new Blend(marginWeight, voteWeight, bias, newThreshold);
    }

    /** Fits the weights by Newton's method (three unknowns, so the 3 × 3 system is solved directly). */
    static Blend fit(double[] margin, double[] vote, boolean[] positive, boolean[] use) {
        double[] w = new double[3];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] gradient = {RIDGE * w[0], RIDGE * w[1], 0};
            double[][] hessian = {{RIDGE, 0, 0}, {0, RIDGE, 0}, {0, 0, 1e-6}};
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
}
