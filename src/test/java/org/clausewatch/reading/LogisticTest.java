package org.clausewatch.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogisticTest {
    private static final double[][] X = {{1, 0}, {0.9, 0.1}, {0.8, 0.3}, {0, 1}, {0.1, 0.9}, {0.3, 0.8}};
    private static final boolean[] Y = {true, true, true, false, false, false};

    @Test
    void separatesWhatTheFirstFeatureSeparates() {
        Logistic model = Logistic.fit(X, Y, new double[] {1, 1, 1, 1, 1, 1}, 1e-3);
        assertThat(model.probability(new double[] {0.95, 0.05})).isGreaterThan(0.9);
        assertThat(model.probability(new double[] {0.05, 0.95})).isLessThan(0.1);
    }

    @Test
    void heavierNegativesMoveTheBoundaryTowardsThePositives() {
        double[] middle = {0.5, 0.5};
        double even = Logistic.fit(X, Y, new double[] {1, 1, 1, 1, 1, 1}, 0.1).probability(middle);
        double heavy = Logistic.fit(X, Y, new double[] {1, 1, 1, 5, 5, 5}, 0.1).probability(middle);
        assertThat(heavy).isLessThan(even - 0.1);
    }

    @Test
    void strongerRegularisationGivesLessConfidentProbabilities() {
        double[] positive = {1, 0};
        double weak = Logistic.fit(X, Y, new double[] {1, 1, 1, 1, 1, 1}, 1e-3).probability(positive);
        double strong = Logistic.fit(X, Y, new double[] {1, 1, 1, 1, 1, 1}, 1).probability(positive);
        assertThat(strong).isBetween(0.5, weak - 0.1);
    }

    @Test
    void refusesRowsLabelsAndWeightsOfDifferentCounts() {
        assertThatThrownBy(() -> Logistic.fit(X, new boolean[] {true}, new double[] {1}, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6, 1, 1");
    }
}
