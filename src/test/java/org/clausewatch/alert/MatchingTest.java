package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;
import org.junit.jupiter.api.Test;

/** The pure matching rules, on explicit facts: the same rules the outbox applies to every recorded change. */
class MatchingTest {
    private static ChangeFacts change(
            Significance significance, Set<ChangeRecord.Flag> flags, Set<String> topics, Optional<Severity> severity) {
        return new ChangeFacts(
                7,
                "ChatGPT",
                "Terms of Service",
                9,
                Instant.parse("2026-03-02T10:00:00Z"),
                significance,
                flags,
                topics,
                severity,
                "1 provision modified",
                List.of());
    }

    private static ChangeFacts substantive() {
        return change(Significance.SUBSTANTIVE, Set.of(), Set.of(), Optional.empty());
    }

    private static Filter services(String... services) {
        return new Filter(Set.of(services), Set.of(), Set.of(), Optional.empty(), false);
    }

    @Test
    void matchesTheServiceWhateverItsCaseAndNoOther() {
        assertThat(Matching.matches(services("chatgpt"), substantive())).isTrue();
        assertThat(Matching.matches(services("Claude"), substantive())).isFalse();
    }

    @Test
    void documentsNarrowTheServicesDocuments() {
        Filter privacy = new Filter(Set.of("ChatGPT"), Set.of("Privacy Policy"), Set.of(), Optional.empty(), false);
        Filter terms = new Filter(Set.of("ChatGPT"), Set.of("terms of service"), Set.of(), Optional.empty(), false);
        assertThat(Matching.matches(privacy, substantive())).isFalse();
        assertThat(Matching.matches(terms, substantive())).isTrue();
    }

    @Test
    void minorChangesOnlyWhenAskedForAndCosmeticOnesNever() {
        Filter minorToo = new Filter(Set.of("ChatGPT"), Set.of(), Set.of(), Optional.empty(), true);
        ChangeFacts minor = change(Significance.MINOR, Set.of(), Set.of(), Optional.empty());
        ChangeFacts cosmetic = change(Significance.COSMETIC, Set.of(), Set.of(), Optional.empty());
        assertThat(Matching.matches(services("ChatGPT"), minor)).isFalse();
        assertThat(Matching.matches(minorToo, minor)).isTrue();
        assertThat(Matching.matches(minorToo, cosmetic)).isFalse();
    }

    @Test
    void aWatchOfProvisionsAloneMatchesNothingElse() {
        Filter watch = new Filter(Set.of(), Set.of(), Set.of(), Optional.empty(), true, Set.of("L7"));
        assertThat(Matching.matches(
                        watch, itemChange(Significance.SUBSTANTIVE, Set.of(), ChangeItem.Kind.MODIFIED, "L7")))
                .isTrue();
        assertThat(Matching.matches(
                        watch, itemChange(Significance.SUBSTANTIVE, Set.of(), ChangeItem.Kind.MODIFIED, "L8")))
                .isFalse();
    }

    private static ChangeFacts itemChange(
            Significance significance, Set<ChangeRecord.Flag> flags, ChangeItem.Kind kind, String lineage) {
        ChangeFacts.Item item = new ChangeFacts.Item(
                kind,
                lineage,
                List.of("Terms", "4. Content"),
                significance,
                "",
                "",
                List.of("D1"),
                Optional.of(Severity.LOW),
                Optional.empty());
        return new ChangeFacts(
                7,
                "ChatGPT",
                "Terms of Service",
                9,
                Instant.parse("2026-03-02T10:00:00Z"),
                significance,
                flags,
                Set.of("D1"),
                Optional.of(Severity.LOW),
                "1 provision modified",
                List.of(item));
    }

    @Test
    void aWatchedProvisionAlertsWhenModifiedMovedOrRemovedWhateverTheRestOfTheFilter() {
        Filter watching = new Filter(
                Set.of("ChatGPT"),
                Set.of("Privacy Policy"),
                Set.of("F1"),
                Optional.of(Severity.HIGH),
                false,
                Set.of("40da059a1851-2"));
        for (ChangeItem.Kind kind : List.of(ChangeItem.Kind.MODIFIED, ChangeItem.Kind.MOVED, ChangeItem.Kind.REMOVED)) {
            assertThat(Matching.matches(watching, itemChange(Significance.MINOR, Set.of(), kind, "40da059a1851-2")))
                    .as(kind.name())
                    .isTrue();
        }
        assertThat(Matching.matches(
                        watching, itemChange(Significance.MINOR, Set.of(), ChangeItem.Kind.MODIFIED, "aaaaaa-1")))
                .as("another provision, and the rest of the filter does not match")
                .isFalse();
        assertThat(Matching.matches(
                        watching,
                        itemChange(Significance.COSMETIC, Set.of(), ChangeItem.Kind.MODIFIED, "40da059a1851-2")))
                .as("a formatting-only edit of the watched provision")
                .isFalse();
        assertThat(Matching.matches(
                        watching,
                        itemChange(
                                Significance.SUBSTANTIVE,
                                Set.of(ChangeRecord.Flag.OSCILLATION),
                                ChangeItem.Kind.MODIFIED,
                                "40da059a1851-2")))
                .as("a flip-back is not a change of the terms")
                .isFalse();
    }

    @Test
    void neverMatchesOscillationsTechnicalUpgradesOrImportedHistory() {
        for (ChangeRecord.Flag flag : ChangeRecord.Flag.values()) {
            ChangeFacts flagged = change(Significance.SUBSTANTIVE, Set.of(flag), Set.of(), Optional.empty());
            assertThat(Matching.matches(services("ChatGPT"), flagged))
                    .as(flag.name())
                    .isFalse();
        }
    }

    @Test
    void topicFiltersMatchKnownTopicsAndNeverMissingOnes() {
        Filter training = new Filter(Set.of("ChatGPT"), Set.of(), Set.of("F1", "F2"), Optional.empty(), false);
        assertThat(Matching.matches(
                        training, change(Significance.SUBSTANTIVE, Set.of(), Set.of("F2", "D1"), Optional.empty())))
                .isTrue();
        assertThat(Matching.matches(
                        training, change(Significance.SUBSTANTIVE, Set.of(), Set.of("D1"), Optional.empty())))
                .isFalse();
        assertThat(Matching.matches(training, substantive())).isFalse();
    }

    @Test
    void severityFiltersMatchAtOrAboveTheMinimumAndNeverAnUnknownSeverity() {
        Filter high = new Filter(Set.of("ChatGPT"), Set.of(), Set.of(), Optional.of(Severity.HIGH), false);
        assertThat(Matching.matches(
                        high, change(Significance.SUBSTANTIVE, Set.of(), Set.of(), Optional.of(Severity.CRITICAL))))
                .isTrue();
        assertThat(Matching.matches(
                        high, change(Significance.SUBSTANTIVE, Set.of(), Set.of(), Optional.of(Severity.HIGH))))
                .isTrue();
        assertThat(Matching.matches(
                        high, change(Significance.SUBSTANTIVE, Set.of(), Set.of(), Optional.of(Severity.MEDIUM))))
                .isFalse();
        assertThat(Matching.matches(high, substantive())).isFalse();
    }
}
