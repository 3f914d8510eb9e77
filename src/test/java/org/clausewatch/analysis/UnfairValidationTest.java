package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scores the committed model on the UNFAIR-ToS validation split, which it was never trained on. */
class UnfairValidationTest {
    @Test
    void committedModelKeepsItsReportedValidationScores() throws IOException {
        Path validation = Corpus.root().resolve("labelled/unfair-tos/validation.jsonl");
        UnfairScores scores =
                TrainUnfairModel.evaluate(UnfairClauseClassifier.load(), UnfairTosCorpus.read(validation));
        assertThat(scores.sentences()).isEqualTo(2275);
        // The figures reported in docs/classification.md (macro 72.5, micro 94.3); the goal of 80 is not
        // reached, so this guards against regressions rather than certifying the goal.
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.724);
        assertThat(scores.microF1()).isGreaterThanOrEqualTo(0.942);
        assertThat(scores.f1(UnfairKind.J)).isGreaterThanOrEqualTo(0.87);
    }
}
