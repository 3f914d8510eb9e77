package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The third AI-topic check set: paragraphs of older document versions that nobody writing cues has read
 * (docs/classification.md, "AI-topic check set 3"). It is scored whole and only printed: its floor is loose on purpose,
 * so that nobody is tempted to tune cues until it passes.
 */
class AiCheckSet3Test {
    @Test
    void thirdCheckSetIsWellFormedAndSharesNoExcerptWithTheEarlierSets() throws IOException {
        List<AiCheckSet.Item> items = AiCheckSet.items(AiCheckSet.THIRD);
        assertThat(items).hasSizeBetween(150, 220);
        assertThat(items)
                .allSatisfy(item -> assertThat(AiCheckSet.SECOND_TOPICS).containsAll(item.topics()));
        assertThat(items.stream().map(AiCheckSet.Item::id).distinct()).hasSameSizeAs(items);
        assertThat(items.stream().map(AiCheckSet.Item::excerpt).distinct()).hasSameSizeAs(items);
        Set<String> earlier = new HashSet<>();
        for (String resource : List.of(AiCheckSet.RESOURCE, AiCheckSet.SECOND)) {
            AiCheckSet.items(resource).forEach(item -> earlier.add(item.excerpt()));
        }
        assertThat(items).extracting(AiCheckSet.Item::excerpt).doesNotContainAnyElementsOf(earlier);
        for (String topic : List.of("F1", "F2", "F3", "F4", "D1", "D2")) {
            assertThat(items.stream().filter(item -> item.topics().contains(topic)))
                    .as("items labelled %s", topic)
                    .hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(items.stream().filter(item -> item.topics().isEmpty())).hasSizeGreaterThanOrEqualTo(50);
    }

    /**
     * Prints the tables of docs/classification.md: the whole set, the odd ids (studied for cue version 5) and the even
     * ids (never read item by item). The floor only guards against a change that breaks the AI topics.
     */
    @Test
    void topicClassifierIsScoredOnOlderWordingItsCuesWereNotWrittenFrom() throws IOException {
        TopicClassifier classifier = TopicClassifier.load();
        TopicScores all = AiCheckSet.scoreHalf(AiCheckSet.THIRD, classifier, 2);
        TopicScores studied = AiCheckSet.scoreHalf(AiCheckSet.THIRD, classifier, 1);
        TopicScores unseen = AiCheckSet.scoreHalf(AiCheckSet.THIRD, classifier, 0);
        System.out.print("check set 3, all items\n" + all.table());
        System.out.print("check set 3, studied half (odd ids)\n" + studied.table());
        System.out.print("check set 3, unseen half (even ids)\n" + unseen.table());
        assertThat(all.microF1()).isGreaterThanOrEqualTo(0.3);
    }
}
