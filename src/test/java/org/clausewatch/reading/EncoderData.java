package org.clausewatch.reading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.clausewatch.analysis.Label;
import org.clausewatch.analysis.LabelledTopicTexts;
import org.clausewatch.analysis.TopicClassifier;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.analysis.attribute.Analyst;
import org.clausewatch.provision.MarkdownText;
import org.clausewatch.testing.Knowledge;

/**
 * The texts of the encoder experiment with what the existing reader makes of them, and the reader run again with
 * other topics. The reader is taken apart as {@link ProvisionReader#read} composes it (topic classifier, then the
 * analyst, whose reading adjusts the topics, then the analyst again for the service), so that topics from another
 * source go through the same reading.
 */
final class EncoderData {
    /** Word-set Jaccard from which two texts count as the same provision. */
    private static final double SAME_JACCARD = 0.6;
    /** Share of the shorter text's words found in the longer from which an excerpt counts as the same provision. */
    private static final double SAME_CONTAINED = 0.8;

    private static final int MIN_CONTAINED_WORDS = 8;

    private final TopicClassifier classifier = TopicClassifier.load();
    private final Analyst analyst = new Analyst(Knowledge.TAXONOMY, Knowledge.REGULATIONS);

    /** The items of the readings check set, as texts without embeddings. */
    List<EncodedText> items(List<ReadingCheckSet.Item> items) {
        return items.stream()
                .map(item -> read(
                        item.service(),
                        item.text(),
                        item.scored("topics") ? Set.copyOf(ReadingScores.TOPICS) : Set.of(),
                        item.labels().topics(),
                        item.scored("training_use")
                                ? Optional.of(item.labels().trainingUse().orElse("none"))
                                : Optional.empty()))
                .toList();
    }

    /**
     * The other labelled sources (AI-topic check sets 1, 2 and 3's odd half; ToS;DR points) less every text that is
     * the same provision as an item of the readings check set (either half), so that no item is learnt from its own
     * wording under another label.
     */
    List<EncodedText> external(Path corpus, List<ReadingCheckSet.Item> items, StringBuilder report) throws IOException {
        List<Set<String>> itemWords =
                items.stream().map(item -> words(item.text())).toList();
        List<LabelledTopicTexts.Text> sources = new ArrayList<>(LabelledTopicTexts.aiCheckSets());
        sources.addAll(LabelledTopicTexts.tosdr(corpus, Knowledge.TAXONOMY));
        Map<String, int[]> counts = new TreeMap<>();
        List<EncodedText> kept = new ArrayList<>();
        for (LabelledTopicTexts.Text source : sources) {
            Set<String> judged = new TreeSet<>(source.judged());
            judged.retainAll(ReadingScores.TOPICS);
            if (judged.isEmpty()) {
                continue;
            }
            int[] count = counts.computeIfAbsent(source.source(), s -> new int[2]);
            Set<String> words = words(source.text());
            if (itemWords.stream().anyMatch(other -> same(words, other))) {
                count[1]++;
                continue;
            }
            count[0]++;
            kept.add(read(source.service(), source.text(), judged, source.topics(), Optional.empty()));
        }
        counts.forEach((source, count) -> report.append(String.format(
                Locale.ROOT,
                "%s: %d texts kept, %d left out as the same provision as a check-set item%n",
                source,
                count[0],
                count[1])));
        return kept;
    }

    /** What the reader makes of {@code text} when the check-set topics come from {@code topics} instead. */
    ReadingScores.Predicted readWith(ReadingCheckSet.Item item, Set<String> topics) {
        Analysis first = analyst.analyse("the platform", item.text(), Optional.empty(), topics);
        return ReadingCheckSetTest.predicted(
                analyst.analyse(item.service(), item.text(), Optional.empty(), Set.copyOf(first.topics())));
    }

    /** The classifier's topics of {@code text} with its check-set topics replaced by {@code checkSetTopics}. */
    static Set<String> replaced(EncodedText text, Set<String> checkSetTopics) {
        Set<String> topics = new LinkedHashSet<>(text.classifierTopics());
        topics.removeAll(ReadingScores.TOPICS);
        topics.addAll(checkSetTopics);
        return topics;
    }

    /** The classifier's topics of {@code text} and {@code checkSetTopics} besides. */
    static Set<String> united(EncodedText text, Set<String> checkSetTopics) {
        Set<String> topics = new LinkedHashSet<>(text.classifierTopics());
        topics.addAll(checkSetTopics);
        return topics;
    }

    private EncodedText read(
            String service, String text, Set<String> judged, Set<String> topics, Optional<String> stance) {
        String plain = MarkdownText.plain(text);
        Set<String> classified = classified(plain);
        Map<String, Double> scores = new TreeMap<>(classifier.scores(plain));
        scores.keySet().retainAll(ReadingScores.TOPICS);
        Analysis analysis = analyst.analyse("the platform", text, Optional.empty(), classified);
        Set<String> read = new TreeSet<>(analysis.topics());
        read.retainAll(ReadingScores.TOPICS);
        List<String> use = analysis.values("training.use");
        String readStance =
                use.contains("uses") ? "uses" : use.stream().findFirst().orElse("none");
        return new EncodedText(
                service, plain, judged, topics, stance, classified, scores, read, readStance, new double[0]);
    }

    /** The analysis {@link ProvisionReader#read} makes of a provision's Markdown text, with the classifier's topics. */
    Analysis analysis(String text) {
        return analyst.analyse("the platform", text, Optional.empty(), classified(MarkdownText.plain(text)));
    }

    private Set<String> classified(String plain) {
        Set<String> classified = new LinkedHashSet<>();
        classifier.classify(plain).stream().map(Label::code).forEach(classified::add);
        return classified;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether two word sets are the same provision: near-equal, or the smaller nearly contained in the larger. */
    static boolean same(Set<String> a, Set<String> b) {
        int common = 0;
        for (String word : a) {
            common += b.contains(word) ? 1 : 0;
        }
        int smaller = Math.min(a.size(), b.size());
        double jaccard = common / (double) Math.max(1, a.size() + b.size() - common);
        return jaccard >= SAME_JACCARD || smaller >= MIN_CONTAINED_WORDS && common / (double) smaller >= SAME_CONTAINED;
    }
}
