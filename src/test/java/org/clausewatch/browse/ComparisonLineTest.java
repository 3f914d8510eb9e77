package org.clausewatch.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clausewatch.provision.Provision;
import org.clausewatch.store.ProvisionRow;
import org.junit.jupiter.api.Test;

/** The sentence that counts how the services watched stand on a topic. */
class ComparisonLineTest {
    private static final Views.TopicRef F1 = new Views.TopicRef("F1", "Training on user content", 1.0, List.of());

    @Test
    void countsEachStanceThenTheServicesWithNoneAndThoseWithoutAProvision() {
        List<Views.Stance> stances = List.of(
                new Views.Stance("train on user data by default", List.of("A", "B", "C")),
                new Views.Stance("train on user data by default, with an opt-out", List.of("D")),
                new Views.Stance("say they do not train on the data named", List.of("E")));
        assertThat(ComparisonLine.of(F1, 9, services("A", "B", "C", "D", "E", "F"), stances))
                .isEqualTo("Of 9 services watched, 3 train on user data by default, 1 trains on user data by"
                        + " default, with an opt-out and 1 says it does not train on the data named; 1 more has a"
                        + " provision on it that takes none of these stances, and 3 have none on it.");
    }

    @Test
    void saysWhenNoServiceTakesAStanceOrNoneIsOnTheTopic() {
        assertThat(ComparisonLine.of(F1, 2, services("A"), List.of()))
                .isEqualTo("Of 2 services watched, 1 has a provision on Training on user content that takes none of"
                        + " the stances ClauseWatch counts, and 1 has none on it.");
        assertThat(ComparisonLine.of(F1, 3, List.of(), List.of()))
                .isEqualTo("None of the 3 services watched has a current provision on Training on user content.");
    }

    @Test
    void oneServiceTakesTheVerbInTheSingular() {
        assertThat(ComparisonLine.count(1, "say there is no opt-out")).isEqualTo("1 says there is no opt-out");
        assertThat(ComparisonLine.count(1, "offer an opt-out with exceptions"))
                .isEqualTo("1 offers an opt-out with exceptions");
        assertThat(ComparisonLine.count(2, "say they do not sell personal data"))
                .isEqualTo("2 say they do not sell personal data");
        assertThat(ComparisonLine.count(1, "say they do not sell personal data"))
                .isEqualTo("1 says it does not sell personal data");
    }

    private static List<Views.Peer> services(String... names) {
        return java.util.Arrays.stream(names)
                .map(n -> new Views.Peer(n, "Terms", provision(n), Optional.empty()))
                .toList();
    }

    private static ProvisionRow provision(String service) {
        String text = service + " trains on what you give it.";
        return new ProvisionRow(
                1,
                0,
                "l-" + service,
                1,
                Provision.Kind.PARAGRAPH,
                List.of(),
                Optional.empty(),
                text,
                Provision.keyOf(text));
    }
}
