package org.clausewatch.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.knowledge.Topic;
import org.clausewatch.store.TopicChangeRow;
import org.clausewatch.store.TopicFirstRow;
import org.junit.jupiter.api.Test;

class TimelinesTest {
    private static final Topic TRAINING =
            new Topic("F1", "F", "Training on user content", "definition", List.of(), Severity.HIGH, "guidance");

    private static TopicChangeRow item(
            String service,
            long change,
            String date,
            ChangeItem.Kind kind,
            Significance significance,
            Optional<Severity> severity,
            Set<ChangeRecord.Flag> flags) {
        return new TopicChangeRow(
                service,
                "Terms of Service",
                change,
                Instant.parse(date + "T00:00:00Z"),
                flags,
                kind,
                significance,
                severity);
    }

    @Test
    void topicTimelineHasOneRowPerServiceAndOneMarkPerChangeAsSevereAsItsWorstItem() {
        Timeline timeline = Timelines.topic(
                TRAINING,
                List.of(
                        item(
                                "Zeta",
                                3,
                                "2024-02-01",
                                ChangeItem.Kind.ADDED,
                                Significance.SUBSTANTIVE,
                                Optional.of(Severity.HIGH),
                                Set.of()),
                        item(
                                "Alpha",
                                1,
                                "2023-05-01",
                                ChangeItem.Kind.ADDED,
                                Significance.SUBSTANTIVE,
                                Optional.of(Severity.MEDIUM),
                                Set.of()),
                        item(
                                "Alpha",
                                1,
                                "2023-05-01",
                                ChangeItem.Kind.MODIFIED,
                                Significance.MINOR,
                                Optional.of(Severity.CRITICAL),
                                Set.of()),
                        item(
                                "Alpha",
                                2,
                                "2024-01-01",
                                ChangeItem.Kind.MODIFIED,
                                Significance.COSMETIC,
                                Optional.empty(),
                                Set.of()),
                        item(
                                "Alpha",
                                4,
                                "2024-03-01",
                                ChangeItem.Kind.MODIFIED,
                                Significance.SUBSTANTIVE,
                                Optional.empty(),
                                Set.of(ChangeRecord.Flag.OSCILLATION))),
                List.of());
        assertThat(timeline.rows()).extracting(Timeline.Row::label).containsExactly("Alpha", "Zeta");
        Timeline.Row alpha = timeline.rows().get(0);
        assertThat(alpha.href()).contains("/services/alpha");
        assertThat(alpha.marks())
                .extracting(Timeline.Mark::kind)
                .containsExactly(Timeline.Kind.SUBSTANTIVE, Timeline.Kind.COSMETIC, Timeline.Kind.COSMETIC);
        Timeline.Mark first = alpha.marks().get(0);
        assertThat(first.severity()).contains(Severity.CRITICAL);
        assertThat(first.href()).contains("/changes/1");
        assertThat(first.label())
                .isEqualTo("2023-05-01, Terms of Service: substantive change, severity critical on the topic "
                        + "(provisions 1 added, 1 modified).");
        assertThat(alpha.marks().get(2).label()).contains("back to an earlier text (substantive), not counted");
        assertThat(alpha.changes())
                .as("cosmetic changes and flip-backs are not counted")
                .isEqualTo(1);
        assertThat(timeline.changes()).isEqualTo(2);
        assertThat(timeline.from()).isEqualTo(Instant.parse("2023-05-01T00:00:00Z"));
        assertThat(timeline.until()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
    }

    @Test
    void eachServiceIsFlaggedWhereItsEarliestVersionHoldingAProvisionOnTheTopicWasCaptured() {
        Timeline timeline = Timelines.topic(
                TRAINING,
                List.of(item(
                        "Alpha",
                        5,
                        "2024-02-01",
                        ChangeItem.Kind.ADDED,
                        Significance.SUBSTANTIVE,
                        Optional.of(Severity.HIGH),
                        Set.of())),
                List.of(
                        new TopicFirstRow(
                                "Alpha", "Terms of Service", 11, Instant.parse("2023-05-01T00:00:00Z"), false),
                        new TopicFirstRow("Alpha", "Privacy Policy", 21, Instant.parse("2022-01-10T00:00:00Z"), true),
                        new TopicFirstRow(
                                "Beta", "Terms of Service", 31, Instant.parse("2024-07-01T00:00:00Z"), false)));

        assertThat(timeline.rows()).extracting(Timeline.Row::label).containsExactly("Alpha", "Beta");
        Timeline.Mark alpha = timeline.rows().get(0).firstStated().orElseThrow();
        assertThat(alpha.kind()).isEqualTo(Timeline.Kind.FIRST_STATED);
        assertThat(alpha.at()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
        assertThat(alpha.href()).contains("/services/alpha/privacy-policy?version=21");
        assertThat(alpha.label())
                .isEqualTo("2022-01-10: Alpha first stated a provision on Training on user content, in its Privacy "
                        + "Policy (already in the earliest version recorded of it, so possibly stated before).");
        assertThat(timeline.rows().get(0).marks()).hasSize(2);
        Timeline.Row beta = timeline.rows().get(1);
        assertThat(beta.marks())
                .as("a service that never changed on the topic still has its row")
                .hasSize(1);
        assertThat(beta.firstStated().orElseThrow().label()).endsWith("(its earlier recorded versions hold none).");
        assertThat(timeline.changes()).as("a first statement is not a change").isEqualTo(1);
        assertThat(timeline.from()).isEqualTo(Instant.parse("2022-01-10T00:00:00Z"));
    }

    @Test
    void provisionHistoryGradesEachWordingUntilTheNext() {
        Instant t1 = Instant.parse("2022-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2023-01-01T00:00:00Z");
        Instant t3 = Instant.parse("2023-06-01T00:00:00Z");
        Timeline timeline = Timelines.provision(
                "Example",
                List.of(
                        new Views.Wording("We may train.", List.of(), t1, t1, 1),
                        new Views.Wording("We train.", List.of(), t2, t3, 2)),
                java.util.Map.of("We may train.", Optional.of(Severity.MEDIUM), "We train.", Optional.empty()),
                List.of());
        List<Timeline.Span> spans = timeline.rows().get(0).spans();
        assertThat(spans).extracting(Timeline.Span::until).containsExactly(t2, t3);
        assertThat(spans)
                .extracting(Timeline.Span::severity)
                .containsExactly(Optional.of(Severity.MEDIUM), Optional.empty());
        assertThat(spans.get(1).label()).isEqualTo("Wording 2 of 2, 2023-01-01 to 2023-06-01, severity not assessed");
    }
}
