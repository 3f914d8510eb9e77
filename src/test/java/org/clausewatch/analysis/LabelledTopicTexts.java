package org.clausewatch.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clausewatch.knowledge.Taxonomy;

/**
 * Topic-labelled texts of this package's check sets and of ToS;DR, for experiments that live in other packages (the
 * sentence-encoder experiment of {@code org.clausewatch.reading}). Each text says which topics its source judged: a
 * topic outside {@code judged} is unknown for it, not absent.
 */
public final class LabelledTopicTexts {
    /** One labelled text: where it comes from, the service, the text, the topics its source judges and those it has. */
    public record Text(String source, String service, String text, Set<String> judged, Set<String> topics) {
        public Text {
            judged = Set.copyOf(judged);
            topics = Set.copyOf(topics);
        }
    }

    /** A paragraph of the latest version of a document of the shared corpus. */
    public record Paragraph(String service, String termsType, String text) {}

    private LabelledTopicTexts() {}

    /**
     * The items of AI-topic check sets 1 and 2 and the odd ids of set 3: set 3's even ids are kept unseen (see
     * docs/classification.md) and never returned.
     */
    public static List<Text> aiCheckSets() throws IOException {
        List<Text> texts = new ArrayList<>();
        add(texts, AiCheckSet.RESOURCE, AiCheckSet.TOPICS, item -> true);
        add(texts, AiCheckSet.SECOND, AiCheckSet.SECOND_TOPICS, item -> true);
        add(texts, AiCheckSet.THIRD, AiCheckSet.SECOND_TOPICS, item -> item.id() % 2 == 1);
        return List.copyOf(texts);
    }

    /**
     * The ToS;DR points of every mapped case (training and held-out services), each judged for every topic some case
     * maps to.
     */
    public static List<Text> tosdr(Path corpus, Taxonomy taxonomy) throws IOException {
        TopicCorpus data = TopicCorpus.read(corpus, taxonomy);
        List<TopicExample> examples = new ArrayList<>(data.training());
        examples.addAll(data.heldOut());
        examples.removeIf(example -> example.service().startsWith("unfair-tos:"));
        Set<String> judged = new TreeSet<>();
        examples.forEach(example -> judged.addAll(example.topics()));
        return examples.stream()
                .map(e -> new Text("tosdr", e.service(), e.text(), judged, e.topics()))
                .toList();
    }

    /** Every paragraph of at least 40 characters of the latest version of every document under {@code ota}. */
    public static List<Paragraph> latestParagraphs(Path ota) {
        return RealProvisions.latestParagraphsOf(ota);
    }

    private static void add(
            List<Text> texts, String resource, List<String> judged, java.util.function.Predicate<AiCheckSet.Item> kept)
            throws IOException {
        for (AiCheckSet.Item item : AiCheckSet.items(resource)) {
            if (kept.test(item)) {
                texts.add(new Text(resource, item.service(), item.excerpt(), Set.copyOf(judged), item.topics()));
            }
        }
    }
}
