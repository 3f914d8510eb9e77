package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainUnfairModelTest {
    @Test
    void rejectsAnUnknownOptionNamingItBeforeReadingAnything() {
        assertThatThrownBy(() -> TrainUnfairModel.main(new String[] {"--train-onyl", "/nonexistent"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--train-onyl' (known: --train-only)");
    }
}
