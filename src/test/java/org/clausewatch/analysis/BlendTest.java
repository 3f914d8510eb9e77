package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BlendTest {
    @Test
    void learnsToTrustTheOpinionThatSeparatesTheClasses() {
        double[] margin = {-1, -0.8, -0.9, -1.1, 0.9, 1.0, 0.8, 1.2};
        double[] vote = {0.5, 0.1, 0.9, 0.0, 0.4, 0.6, 0.0, 1.0};
        boolean[] positive = {false, false, false, false, true, true, true, true};
        Blend blend = Fitting.blend(margin, vote, positive, all(margin.length));
        assertThat(blend.marginWeight()).isGreaterThan(1.0);
        assertThat(Math.abs(blend.voteWeight())).isLessThan(blend.marginWeight());
        assertThat(blend.applies(1.0, 0.5)).isTrue();
        assertThat(blend.applies(-1.0, 0.5)).isFalse();
    }

    @Test
    void fitsOnlyTheSentencesItIsAllowedToUse() {
        double[] margin = {-1, -1, 1, 1, 1, 1};
        double[] vote = {0, 0, 1, 1, 0, 0};
        boolean[] positive = {false, false, true, true, false, false};
        boolean[] firstFour = {true, true, true, true, false, false};
        Blend seen = Fitting.blend(margin, vote, positive, firstFour);
        Blend everything = Fitting.blend(margin, vote, positive, all(margin.length));
        assertThat(seen.logOdds(1, 0)).isGreaterThan(everything.logOdds(1, 0));
    }

    @Test
    void thresholdDecidesAtTheLogOdds() {
        Blend blend = new Blend(2, 1, -0.5, 0).withThreshold(1.0);
        assertThat(blend.logOdds(0.5, 0.6)).isEqualTo(1.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(blend.applies(0.5, 0.6)).isTrue();
        assertThat(blend.applies(0.5, 0.4)).isFalse();
    }

    private static boolean[] all(int n) {
        boolean[] use = new boolean[n];
        Arrays.fill(use, true);
        return use;
    }
}
