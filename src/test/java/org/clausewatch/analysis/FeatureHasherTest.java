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

    @Test
    void sortsBucketsAsAComparisonSortDoes() {
        java.util.Random random = new java.util.Random(11);
        for (int length : new int[] {0, 1, 255, 256, 257, 5_000}) {
            int[] buckets = random.ints(length, 0, FeatureHasher.BUCKETS).toArray();
            int[] expected = buckets.clone();
            java.util.Arrays.sort(expected);
            FeatureHasher.sort(buckets);
            assertThat(buckets).as("%d buckets", length).containsExactly(expected);
        }
    }
}
