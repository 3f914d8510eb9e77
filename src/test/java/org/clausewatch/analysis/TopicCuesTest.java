package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Set;
import org.clausewatch.knowledge.InvalidKnowledgeException;
import org.clausewatch.knowledge.Taxonomy;
import org.junit.jupiter.api.Test;

class TopicCuesTest {
    private static final Set<String> TOPICS = Set.of("F1", "C3");

    @Test
    void shippedCuesLoadAndSpeakForTaxonomyTopicsOnly() throws IOException {
        TopicCues cues = TopicCues.load(Taxonomy.load());
        assertThat(cues.size()).isGreaterThan(100);
        assertThat(cues.find("we may use your content to train our models"))
                .extracting(hit -> hit.cue().topic())
                .contains("F1");
    }

    @Test
    void readsConfidenceAndExpressionPerTopic() throws InvalidKnowledgeException {
        TopicCues cues =
                TopicCues.parse("t.txt", "# note\n[C3]\n0.8 \\barbitration\\b\n\n[F1]\n0.5 \\btrain\\w*\n", TOPICS);
        assertThat(cues.size()).isEqualTo(2);
        assertThat(cues.find("binding arbitration and training"))
                .extracting(hit -> hit.cue().topic() + " " + hit.cue().confidence() + " " + hit.matched())
                .containsExactly("C3 0.8 arbitration", "F1 0.5 training");
    }

    @Test
    void rejectsATopicOutsideTheTaxonomyNamingTheLine() {
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[C3]\n0.5 x\n[Q9]\n0.5 y\n", TOPICS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("t.txt line 3: topic 'Q9' is not in the taxonomy");
    }

    @Test
    void rejectsAConfidenceOutsideZeroToOne() {
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[F1]\n1.5 \\btrain\n", TOPICS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("t.txt line 2: confidence '1.5' is not a number in (0, 1]");
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[F1]\nhigh \\btrain\n", TOPICS))
                .hasMessageContaining("line 2: confidence 'high'");
    }

    @Test
    void readsACounterCueWithItsFactor() throws InvalidKnowledgeException {
        TopicCues cues = TopicCues.parse("t.txt", "[F1]\n0.7 \\blicen[cs]e\\b\n!0.3 \\bgrant you\\b\n", TOPICS);
        assertThat(cues.cues()).extracting(TopicCues.Cue::counter).containsExactly(false, true);
        assertThat(cues.cues().get(1).confidence()).isEqualTo(0.3);
        assertThat(cues.find("we grant you a licence"))
                .extracting(hit -> hit.cue().counter())
                .containsExactly(false, true);
    }

    @Test
    void rejectsACounterFactorThatWouldChangeNothingOrIsNotANumber() {
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[F1]\n!1 \\bgrant you\n", TOPICS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("factor '1' is not a number in (0, 1)");
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[F1]\n!x \\bgrant you\n", TOPICS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("factor 'x'");
    }

    @Test
    void rejectsAMalformedExpressionNamingTheLineAndTheExpression() {
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[F1]\n0.5 \\btrain(\n", TOPICS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageStartingWith("t.txt line 2: malformed regular expression '\\btrain('");
    }

    @Test
    void rejectsACueBeforeAnyTopicAndALineWithoutExpression() {
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "0.5 \\btrain\n", TOPICS))
                .hasMessage("t.txt line 1: cue before any [TOPIC] line");
        assertThatThrownBy(() -> TopicCues.parse("t.txt", "[F1]\n0.5\n", TOPICS))
                .hasMessage("t.txt line 2: expected 'CONFIDENCE REGEX' or '!FACTOR REGEX', got '0.5'");
    }
}
