package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TermWeightsTest {
    @Test
    void findsTheSlotOfEveryKeptBucketAndNoneForTheOthers() {
        Random random = new Random(4);
        TreeSet<Integer> kept = new TreeSet<>();
        kept.add(0);
        kept.add(63);
        kept.add(64);
        kept.add(FeatureHasher.BUCKETS - 1);
        while (kept.size() < 5_000) {
            kept.add(random.nextInt(FeatureHasher.BUCKETS));
        }
        int[] buckets = kept.stream().mapToInt(Integer::intValue).toArray();
        TermWeights terms = new TermWeights(buckets, new float[buckets.length]);
        for (int slot = 0; slot < buckets.length; slot++) {
            assertThat(terms.slot(buckets[slot])).as("bucket %d", buckets[slot]).isEqualTo(slot);
        }
        for (int probe = 0; probe < 50_000; probe++) {
            int bucket = random.nextInt(FeatureHasher.BUCKETS);
            assertThat(terms.slot(bucket))
                    .isEqualTo(kept.contains(bucket) ? kept.headSet(bucket).size() : -1);
        }
    }

    @Test
    void weighsWordAndCharacterGroupsEachToUnitLength() {
        int word = 5;
        int character = FeatureHasher.BUCKETS_PER_GROUP + 7;
        int otherCharacter = FeatureHasher.BUCKETS_PER_GROUP + 9;
        TermWeights terms = new TermWeights(new int[] {word, character, otherCharacter}, new float[] {2f, 1f, 1f});
        SparseVector vector = terms.vector(new int[] {word, word, character, otherCharacter}, new int[] {3}, 0.3f);
        assertThat(vector.size()).isEqualTo(4);
        assertThat(vector.value(0)).isEqualTo(1f);
        assertThat(vector.value(1)).isEqualTo((float) (1 / Math.sqrt(2)));
        assertThat(vector.value(2)).isEqualTo((float) (1 / Math.sqrt(2)));
        assertThat(vector.index(3)).isEqualTo(3);
        assertThat(vector.value(3)).isEqualTo(0.3f);
    }

    @Test
    void keepsOnlyBucketsThatSeveralCompaniesUse() {
        int shared = 11;
        int ownName = 12;
        int rare = FeatureHasher.BUCKETS_PER_GROUP + 13;
        int[][] sentences = {{shared, ownName, ownName}, {ownName, rare}, {shared}, {rare}};
        int[] companyOf = {0, 0, 1, 2};
        TermWeights twoCompanies = Fitting.termWeights(sentences, companyOf, 2, 2);
        assertThat(twoCompanies.size()).isEqualTo(2);
        assertThat(twoCompanies.slot(shared)).isZero();
        assertThat(twoCompanies.slot(ownName)).isEqualTo(-1);
        assertThat(twoCompanies.slot(rare)).isEqualTo(1);
        // The IDF still counts sentences, not companies: "rare" and "shared" are each in two of four.
        assertThat(twoCompanies.idf(1)).isEqualTo(twoCompanies.idf(0));
        assertThat(Fitting.termWeights(sentences, companyOf, 2, 1).slot(ownName))
                .isEqualTo(1);
        assertThat(Fitting.termWeights(sentences, companyOf, 2, 3).size()).isZero();
    }
}
