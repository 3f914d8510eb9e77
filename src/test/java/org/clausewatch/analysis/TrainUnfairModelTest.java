package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainUnfairModelTest {
    @Test
    void rejectsAnUnknownOptionNamingItBeforeReadingAnything() {
        assertThatThrownBy(() -> TrainUnfairModel.main(new String[] {"--train-onyl", "/nonexistent"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--train-onyl' (known: --train-only, --cross-validate,"
                        + " --cross-validate-all, --mask-provider-names, --min-companies N)");
    }

    @Test
    void rejectsAMinimumOfCompaniesThatIsNotANumber() {
        assertThatThrownBy(() -> TrainUnfairModel.main(new String[] {"--min-companies", "two", "--cross-validate"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--min-companies needs a number, got 'two'");
    }

    @Test
    void refusesToWriteAModelOfAnExperimentalRecipe() {
        assertThatThrownBy(() -> TrainUnfairModel.main(new String[] {"--min-companies", "4", "/nonexistent"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a recipe other than the committed one (UnfairRecipe[minCompanies=4,");
    }
}
