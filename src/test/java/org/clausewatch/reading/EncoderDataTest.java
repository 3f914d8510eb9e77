package org.clausewatch.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EncoderDataTest {
    private static final String CLAUSE =
            "You grant us a worldwide, non-exclusive, royalty-free licence to use, copy and"
                    + " modify your content in order to operate and improve the Services.";

    @Test
    void anExcerptOfAProvisionIsTheSameProvision() {
        Set<String> whole = EncoderData.words(CLAUSE + " This licence ends when you delete your content.");
        assertThat(EncoderData.same(EncoderData.words(CLAUSE), whole)).isTrue();
    }

    @Test
    void anotherClauseOnTheSameTopicIsNotTheSameProvision() {
        Set<String> other = EncoderData.words(
                "We do not use your conversations to train our models unless you opt in" + " to sharing them with us.");
        assertThat(EncoderData.same(EncoderData.words(CLAUSE), other)).isFalse();
    }

    @Test
    void replacingKeepsTheClassifiersOtherTopicsAndTakesOnlyTheGivenCheckSetTopics() {
        EncodedText text = text(Set.of("C1", "D1", "F1"));
        assertThat(EncoderData.replaced(text, Set.of("F2"))).containsExactlyInAnyOrder("C1", "F2");
        assertThat(EncoderData.united(text, Set.of("F2"))).containsExactlyInAnyOrder("C1", "D1", "F1", "F2");
    }

    @Test
    void stackedFeaturesAddTheReadersOpinionOfTheTopic() {
        EncodedText text = text(Set.of("F1")).withEmbedding(new double[] {0.6, 0.8});
        assertThat(text.features("F1", false)).containsExactly(0.6, 0.8);
        assertThat(text.features("F1", true)).containsExactly(0.6, 0.8, 0.7, 1.0);
        assertThat(text.features("D1", true)).containsExactly(0.6, 0.8, 0.0, 0.0);
        assertThat(text.stanceFeatures(EncoderModels.STANCES, true)).containsExactly(0.6, 0.8, 0, 1, 0, 0, 0);
    }

    private static EncodedText text(Set<String> classified) {
        return new EncodedText(
                "Service",
                CLAUSE,
                Set.copyOf(ReadingScores.TOPICS),
                Set.of("D1"),
                Optional.of("none"),
                classified,
                Map.of("F1", 0.7),
                Set.of("F1"),
                "uses",
                new double[0]);
    }
}
