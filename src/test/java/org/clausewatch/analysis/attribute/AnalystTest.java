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
        assertThat(analysis.severity()).isEqualTo(Severity.HIGH);
        assertThat(analysis.explicit()).isTrue();
        assertThat(analysis.confidence()).isEqualTo(0.9);
        assertThat(analysis.grade().rule()).isEqualTo("licence-perpetual-irrevocable-training");
        assertThat(analysis.values("licence.scope"))
                .containsExactly("worldwide", "perpetual", "irrevocable", "royalty-free");
        assertThat(analysis.values("licence.purpose")).containsExactly("improve-service", "ai-training");
    }

    @Test
    void trainingWithoutAnOptOutIsHighButInferred() {
        Analysis analysis = ANALYST.analyse("Example AI", "We use your chats to train our models.", Set.of("F1"));
        assertThat(analysis.severity()).isEqualTo(Severity.HIGH);
        assertThat(analysis.explicit()).isFalse();
        assertThat(analysis.grade().rule()).isEqualTo("training-by-default-no-opt-out");
    }

    @Test
    void aDenialOfTrainingIsLow() {
        Analysis analysis = ANALYST.analyse("Example AI", "We don't train our models on your chats.", Set.of("F1"));
        assertThat(analysis.values("training.use")).containsExactly("does-not-use");
        assertThat(analysis.severity()).isEqualTo(Severity.LOW);
        assertThat(analysis.explanation().userImpact())
                .isEqualTo("According to this provision, the data it names is not used to train Example AI's models.");
    }

    @Test
    void withoutARuleTheTopicDefaultIsUsedAsAnInference() {
        Analysis analysis = ANALYST.analyse("Example AI", "We may suspend your account for any reason.", Set.of("B1"));
        assertThat(analysis.attributes()).isEmpty();
        assertThat(analysis.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(analysis.explicit()).isFalse();
        assertThat(analysis.confidence()).isEqualTo(Analyst.TOPIC_DEFAULT_CONFIDENCE);
        assertThat(analysis.grade().rule()).isEqualTo("topic-default:B1");
        Analysis none = ANALYST.analyse("Example AI", "Contact us at our office.", Set.of());
        assertThat(none.severity()).isEqualTo(Severity.LOW);
        assertThat(none.grade().rule()).isEqualTo("none");
    }

    @Test
    void theExplanationQuotesNamesThePlatformAndCarriesTheNotice() {
        Explanation explanation =
                ANALYST.analyse("Example AI", TRAINING_LICENCE, Set.of("D1")).explanation();
        assertThat(explanation.whatItSays())
                .isEqualTo(
                        "This Example AI provision grants Example AI a licence; covering Input; describes the licence as"
                                + " worldwide, perpetual, irrevocable and royalty-free; names the purposes improving the service"
                                + " and AI training; states that Example AI uses user data to train its models; names the data"
                                + " concerned: inputs and prompts. Topics: D1 Licence to user content, F1 Training on user content."
                                + " It reads: “" + TRAINING_LICENCE + "”");
        assertThat(explanation.whyItMatters())
                .startsWith("Severity high (explicit document language, confidence 0.90, rule"
                        + " licence-perpetual-irrevocable-training): A perpetual, irrevocable licence")
                .contains("Potentially relevant: GDPR (Regulation (EU) 2016/679) Art. 6(1)(f) (from 2018-05-25)");
        assertThat(explanation.userImpact())
                .startsWith("You give Example AI rights over what you submit. The licence does not end with time.")
                .contains("What you give Example AI may be used to train its models.");
        assertThat(explanation.notice()).contains("not a legal determination");
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
