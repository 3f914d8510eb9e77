package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

class AnalystTest {
    private static final Analyst ANALYST = Analyst.load();
    private static final String TRAINING_LICENCE = "By submitting Input you grant Example AI a worldwide, perpetual,"
            + " irrevocable, royalty-free licence to use your Input to improve our services and train our AI models.";

    @Test
    void aPerpetualIrrevocableLicenceForTrainingIsHighAndExplicit() {
        Analysis analysis = ANALYST.analyse("Example AI", TRAINING_LICENCE, Set.of("D1"));
        assertThat(analysis.severity()).contains(Severity.HIGH);
        assertThat(analysis.explicit()).isTrue();
        assertThat(analysis.confidence()).isEqualTo(0.9);
        assertThat(analysis.rule()).isEqualTo("licence-perpetual-irrevocable-training");
        assertThat(analysis.values("licence.scope"))
                .containsExactly("worldwide", "perpetual", "irrevocable", "royalty-free");
        assertThat(analysis.values("licence.purpose")).containsExactly("improve-service", "ai-training");
    }

    @Test
    void trainingWithoutAnOptOutIsHighButInferred() {
        Analysis analysis = ANALYST.analyse("Example AI", "We use your chats to train our models.", Set.of("F1"));
        assertThat(analysis.severity()).contains(Severity.HIGH);
        assertThat(analysis.explicit()).isFalse();
        assertThat(analysis.rule()).isEqualTo("training-by-default-no-opt-out");
    }

    @Test
    void aDenialOfTrainingIsLow() {
        Analysis analysis = ANALYST.analyse("Example AI", "We don't train our models on your chats.", Set.of("F1"));
        assertThat(analysis.values("training.use")).containsExactly("does-not-use");
        assertThat(analysis.severity()).contains(Severity.LOW);
        assertThat(analysis.explanation().whatItMeans())
                .isEqualTo("According to this provision, the data it names does not train Example AI's models; other"
                        + " provisions may still state exceptions.");
    }

    @Test
    void withoutARuleTheProvisionIsNotAssessedWhateverItsTopic() {
        Analysis analysis = ANALYST.analyse("Example AI", "We may suspend your account for any reason.", Set.of("B1"));
        assertThat(analysis.attributes()).isEmpty();
        assertThat(analysis.severity()).isEmpty();
        assertThat(analysis.explicit()).isFalse();
        assertThat(analysis.rule()).isEqualTo("none");
        Analysis none = ANALYST.analyse("Example AI", "Contact us at our office.", Set.of());
        assertThat(none.severity()).isEmpty();
        assertThat(none.rule()).isEqualTo("none");
    }

    @Test
    void theExplanationIsPlainProseAndTheReadingIsAccountedForApart() {
        Explanation explanation =
                ANALYST.analyse("Example AI", TRAINING_LICENCE, Set.of("D1")).explanation();
        assertThat(explanation.whatItSays())
                .isEqualTo("You give Example AI a perpetual, irrevocable, worldwide, royalty-free licence to what you"
                        + " put into the service to improve the service and to train AI models. The licence does not"
                        + " end with time and cannot be withdrawn. It is given by submitting Input. Example AI uses your"
                        + " prompts and other input to train"
                        + " its AI models. This provision names no way to opt out.");
        assertThat(explanation.whatItMeans())
                .isEqualTo("Example AI can keep training on your content forever and you cannot take the permission"
                        + " back, even after you leave.");
        assertThat(explanation.whatItSays() + explanation.whatItMeans())
                .as("no codes, rule ids, confidences, quotes or Markdown in the prose")
                .doesNotContain("D1", "licence-perpetual", "0.9", "“", "*", "[");
        assertThat(explanation.howRead())
                .contains("Topics: D1 Licence to user content, F1 Training on user content")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("Severity high by rule licence-perpetual-irrevocable-training (explicit document"
                                + " language, confidence 0.90)"))
                .anySatisfy(line -> assertThat(line).startsWith("licence.scope = perpetual, from “perpetual”"));
        assertThat(explanation.notice()).contains("not a legal determination");
    }

    @Test
    void aProvisionWithNothingDecisiveGetsOneHonestSentence() {
        Explanation explanation = ANALYST.analyse(
                        "Example AI", "We may suspend your account for any reason.", Set.of("B1"))
                .explanation();
        assertThat(explanation.whatItSays())
                .isEqualTo("This provision concerns termination or suspension by the provider.");
        assertThat(explanation.whatItMeans()).startsWith("Not assessed");
        Explanation training = ANALYST.analyse("Example AI", "Our models help you write.", Set.of("F1"))
                .explanation();
        assertThat(training.whatItMeans())
                .isEqualTo("Not assessed: it does not state whether your data is used to train Example AI's models.");
    }

    @Test
    void regulationsComeFromGivenAndImpliedTopics() {
        Analysis analysis = ANALYST.analyse("Example AI", "We use your chats to train our models.", Set.of());
        assertThat(analysis.topics()).containsExactly("F1");
        assertThat(analysis.regulations())
                .extracting(RegulationReference::id)
                .contains("GDPR-6-1-F", "EDPB-OP-28-2024");
    }

    @Test
    void theSameInputGivesTheSameAnalysis() {
        Analysis first = ANALYST.analyse("Example AI", TRAINING_LICENCE, Set.of("D1", "F1"));
        Analysis second = Analyst.load().analyse("Example AI", TRAINING_LICENCE, Set.of("F1", "D1"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void unknownTopicsAndBlankPlatformsAreRefused() {
        assertThatThrownBy(() -> ANALYST.analyse("Example AI", "text", Set.of("F11")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic id 'F11' is not in the taxonomy");
        assertThatThrownBy(() -> ANALYST.analyse(" ", "text", Set.of())).hasMessage("platform name must not be blank");
    }
}
