package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureHasherTest {
    @Test
    void splitsNegatedContractionsAsTheTrainingSentencesDo() {
        assertThat(FeatureHasher.tokens("We DON'T accept it")).containsExactly("we", "do", "n", "t", "accept", "it");
        assertThat(FeatureHasher.tokens("you can\u2019t")).containsExactly("you", "ca", "n", "t");
        assertThat(FeatureHasher.tokens("we do n't")).containsExactly("we", "do", "n", "t");
    }

    @Test
    void splitsCannotIntoCanNot() {
        assertThat(FeatureHasher.tokens("You cannot use it.")).containsExactly("you", "can", "not", "use", "it");
    }

    @Test
    void leavesOtherApostrophesAsSeparators() {
        assertThat(FeatureHasher.tokens("Skype's terms, won't they?"))
                .containsExactly("skype", "s", "terms", "wo", "n", "t", "they");
        assertThat(FeatureHasher.tokens("the 'n' key and tn'ta")).containsExactly("the", "n", "key", "and", "tn", "ta");
    }
}
