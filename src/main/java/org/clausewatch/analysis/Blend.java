package org.clausewatch.analysis;

/**
 * How one kind's two opinions are combined: a logistic regression over the linear scorer's margin and the
 * neighbour vote, fitted on out-of-fold values of both (so it learns how far each generalises to unseen
 * companies, not how well each remembers the training set), and the decision threshold on its log-odds. Fitted by
 * the trainer ({@code Fitting.blend}).
 */
record Blend(double marginWeight, double voteWeight, double bias, double threshold) {
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
}
