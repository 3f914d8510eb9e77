package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighbourIndexTest {
    private static final List<String> SENTENCES = List.of(
            "we may terminate your account at any time for any reason",
            "we may suspend or terminate your access at any time without notice",
            "these terms are governed by the laws of ireland",
            "please contact our support team if you have questions",
            "you can download your data from the settings page");
    private static final List<Set<UnfairKind>> KINDS = List.of(
            EnumSet.of(UnfairKind.TER),
            EnumSet.of(UnfairKind.TER),
            EnumSet.of(UnfairKind.LAW),
            EnumSet.noneOf(UnfairKind.class),
            EnumSet.noneOf(UnfairKind.class));

    private final TermWeights terms = Fitting.termWeights(buckets(SENTENCES), 1);
    private final Cues noCues = new Cues(List.of());
    private final NeighbourIndex index = Fitting.neighbourIndex(terms, List.of(buckets(SENTENCES)), KINDS);

    @Test
    void votesForTheKindsOfTheMostSimilarTrainingSentences() {
        double[] votes = index.votes(vector("they may terminate your account at any time"));
        assertThat(votes[UnfairKind.TER.ordinal()]).isGreaterThan(0.5);
        assertThat(votes[UnfairKind.TER.ordinal()]).isGreaterThan(votes[UnfairKind.LAW.ordinal()]);
        assertThat(votes[UnfairKind.A.ordinal()]).isZero();
    }

    @Test
    void ignoresTheExcludedGroupAsCrossValidationRequires() {
        int[] groups = {0, 0, 1, 1, 1};
        double[] votes = index.votes(vector("we may terminate your account at any time"), groups, 0);
        assertThat(votes[UnfairKind.TER.ordinal()]).isZero();
    }

    @Test
    void givesNoVoteWhenNothingIsShared() {
        assertThat(index.votes(vector("zebra"))).containsOnly(0.0);
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        index.write(new DataOutputStream(bytes));
        NeighbourIndex read = NeighbourIndex.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), terms, "test index");
        SparseVector query = vector("governed by the laws of ireland and its courts");
        assertThat(read.sentences()).isEqualTo(SENTENCES.size());
        double[] expected = index.votes(query);
        double[] actual = read.votes(query);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k]).isCloseTo(expected[k], within(1e-9));
        }
        assertThat(actual[UnfairKind.LAW.ordinal()]).isGreaterThan(0.5);
    }

    private SparseVector vector(String text) {
        return UnfairModel.vector(terms, noCues, new ActorPhrases(List.of()), 0.5f, text);
    }

    private static int[][] buckets(List<String> sentences) {
        List<int[]> out = new ArrayList<>();
        for (String sentence : sentences) {
            out.add(FeatureHasher.buckets(FeatureHasher.tokens(sentence)));
        }
        return out.toArray(int[][]::new);
    }
}
