package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorPhrasesTest {
    @Test
    void namesTheProviderAsTheOneWhoTerminatesAcrossFillerWords() {
        assertThat(ActorPhrases.features(
                        FeatureHasher.tokens("We may, at our sole discretion, terminate your account.")))
                .containsExactly("smv:prov:termin", "sm:prov:may", "smv:other:termin", "sm:other:discretion");
    }

    @Test
    void tellsTheUserAsSubjectAndMarksNegation() {
        assertThat(ActorPhrases.features(FeatureHasher.tokens("You may not transfer your account.")))
                .containsExactly("smv:user:not:transf", "sm:user:may:not");
        assertThat(ActorPhrases.features(FeatureHasher.tokens("You can cancel at any time.")))
                .containsExactly("smv:user:cancel", "sm:user:can");
    }

    @Test
    void givesNothingWithoutAModalFollowedByAnAction() {
        assertThat(ActorPhrases.features(FeatureHasher.tokens("These terms are governed by Irish law.")))
                .isEmpty();
        assertThat(ActorPhrases.features(FeatureHasher.tokens("We may."))).isEmpty();
    }

    @Test
    void keepsOnlyFeaturesSeenInEnoughSentencesAndLooksThemUpById() {
        ActorPhrases kept = Fitting.actorPhrases(
                List.of(
                        FeatureHasher.tokens("we may terminate your account"),
                        FeatureHasher.tokens("we may terminate this agreement"),
                        FeatureHasher.tokens("you may cancel your subscription")),
                2);
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.name(0)).isEqualTo("sm:prov:may");
        assertThat(kept.name(1)).isEqualTo("smv:prov:termin");
        assertThat(kept.ids(FeatureHasher.tokens("we may terminate it and you may cancel")))
                .containsExactly(0, 1);
    }

    @Test
    void refusesFeaturesOutOfOrderNamingTheOneOutOfPlace() {
        assertThatThrownBy(() -> new ActorPhrases(List.of("smv:prov:termin", "sm:prov:may")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sm:prov:may' is out of order");
    }
}
