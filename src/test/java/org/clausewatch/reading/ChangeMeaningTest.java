package org.clausewatch.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.testing.Readers;
import org.junit.jupiter.api.Test;

class ChangeMeaningTest {
    private static final String ADDED = "We may use the content you submit to train and improve our models.";
    /** Two lead-ins of one list item in the shared corpus (OpenAI's Terms, Grok's Terms) that read differently. */
    private static final String LEAD_IN =
            "Written claims concerning copyright infringement must include the following" + " information:";

    private static final String OTHER_LEAD_IN =
            "Written claims concerning copyright infringement must include all of the following information:";
    private static final String ITEM = "Your address, telephone number, and e-mail address";

    private static ChangeRecord added(Set<ChangeRecord.Flag> flags, String text) {
        ChangeItem item = new ChangeItem(
                ChangeItem.Kind.ADDED,
                "L-1",
                List.of("Your Content"),
                Optional.empty(),
                Optional.of(text),
                List.of(),
                Significance.SUBSTANTIVE,
                "wording",
                "added in 'Your Content'");
        return new ChangeRecord(Significance.SUBSTANTIVE, flags, "1 provision added; substantive", List.of(item));
    }

    private static ExplainedChange explained(ChangeRecord change, Optional<String> leadIn) {
        ProvisionReader reader = Readers.shared();
        return reader.explain(
                "Example",
                change,
                item -> new ItemReadings(Optional.empty(), item.after().map(text -> reader.read(text, leadIn))));
    }

    @Test
    void aHeadlineEndsWithTheFlagsInTheirRankingWhateverSetTheyCameIn() {
        List<Set<ChangeRecord.Flag>> givens = List.of(
                Set.of(ChangeRecord.Flag.IMPORTED, ChangeRecord.Flag.OSCILLATION, ChangeRecord.Flag.TECHNICAL_UPGRADE),
                new HashSet<>(List.of(
                        ChangeRecord.Flag.TECHNICAL_UPGRADE,
                        ChangeRecord.Flag.IMPORTED,
                        ChangeRecord.Flag.OSCILLATION)),
                EnumSet.allOf(ChangeRecord.Flag.class));
        for (Set<ChangeRecord.Flag> flags : givens) {
            String summary =
                    explained(added(flags, ADDED), Optional.empty()).record().summary();

            assertThat(summary)
                    .as("summary of a change flagged %s", flags)
                    .startsWith("Your Content: new provision")
                    .endsWith("; substantive; oscillation; technical upgrade; imported");
        }
    }

    @Test
    void anItemIsReadWithTheLeadInItsProvisionContinues() {
        ChangeRecord change = added(Set.of(), ITEM);

        ExplainedChange led = explained(change, Optional.of(LEAD_IN));
        ExplainedChange other = explained(change, Optional.of(OTHER_LEAD_IN));

        assertThat(led.items().get(0).topics())
                .isEqualTo(Readers.shared().read(ITEM, Optional.of(LEAD_IN)).topicIds())
                .isNotEqualTo(other.items().get(0).topics());
        assertThat(led.topics()).isNotEqualTo(other.topics());
    }
}
