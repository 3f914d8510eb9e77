package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnfairScoresTest {
    @Test
    void averagesF1OverTheEightKindsAndNoneAsLexGlueDoes() {
        UnfairScores scores = new UnfairScores();
        scores.add(Set.of(UnfairKind.LTD), Set.of(UnfairKind.LTD));
        scores.add(Set.of(UnfairKind.LTD), Set.of());
        scores.add(Set.of(), Set.of());
        scores.add(Set.of(), Set.of(UnfairKind.A));
        // LTD: tp 1, fn 1 -> 2/3; A: fp 1 -> 0; none: tp 1, fp 1, fn 1 -> 1/2; the six unseen kinds score 0.
        assertThat(scores.f1(UnfairKind.LTD)).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(scores.macroF1()).isCloseTo((2.0 / 3 + 0.5) / 9, within(1e-9));
        // pooled: tp 2, fp 2, fn 2 -> 4 / 8
        assertThat(scores.microF1()).isCloseTo(0.5, within(1e-9));
        assertThat(scores.sentences()).isEqualTo(4);
        assertThat(scores.table()).contains("| LTD (Limitation of liability) | 2 | 100.0 | 50.0 | 66.7 |");
    }
}
