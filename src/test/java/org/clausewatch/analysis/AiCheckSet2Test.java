package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second AI-topic check set: services the cues were not written from. Odd ids are the half whose errors were
 * studied for cue version 3; even ids were not looked at until cue version 4 studied all items (docs/classification.md,
 * "AI-topic check set 2" and "Cue version 4").
 */
class AiCheckSet2Test {
    @Test
    void secondCheckSetIsWellFormedAndDrawnFromOtherServicesThanTheFirst() throws IOException {
        List<AiCheckSet.Item> items = AiCheckSet.items(AiCheckSet.SECOND);
        assertThat(items).hasSizeBetween(200, 300);
        assertThat(items)
                .allSatisfy(item -> assertThat(AiCheckSet.SECOND_TOPICS).containsAll(item.topics()));
        assertThat(items.stream().map(AiCheckSet.Item::id).distinct()).hasSameSizeAs(items);
        // the draws of set 1 (items 1-206) came from AI services only; items 207 on were a keyword search of the whole
        // corpus for the frontier-safety topics F8-F10, which set 2 does not label
        List<String> firstServices = AiCheckSet.items().stream()
                .filter(item -> item.id() <= 206)
                .map(AiCheckSet.Item::service)
                .distinct()
                .toList();
        assertThat(items).noneSatisfy(item -> assertThat(firstServices).contains(item.service()));
        assertThat(items.stream().filter(item -> item.topics().contains("F1"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(items.stream().filter(item -> item.topics().contains("D1"))).hasSizeGreaterThanOrEqualTo(10);
    }

    /** Prints the tables of docs/classification.md; floors guard against a change that breaks the AI topics. */
    @Test
    void topicClassifierMeetsItsReportedFiguresOnServicesOutsideTheFirstSet() throws IOException {
        TopicClassifier classifier = TopicClassifier.load();
        TopicScores all = AiCheckSet.scoreHalf(AiCheckSet.SECOND, classifier, 2);
        TopicScores studied = AiCheckSet.scoreHalf(AiCheckSet.SECOND, classifier, 1);
        TopicScores unseen = AiCheckSet.scoreHalf(AiCheckSet.SECOND, classifier, 0);
        System.out.print("check set 2, all items\n" + all.table());
        System.out.print("check set 2, studied half (odd ids)\n" + studied.table());
        System.out.print("check set 2, even ids (unseen up to cue version 3)\n" + unseen.table());
        assertThat(all.microF1()).isGreaterThanOrEqualTo(0.5);
        assertThat(all.f1("F1")).isGreaterThanOrEqualTo(0.6);
        assertThat(all.f1("D1")).isGreaterThanOrEqualTo(0.6);
    }
}
