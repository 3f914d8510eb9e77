package org.clausewatch.reading;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One text of the encoder experiment: the topics its source judged and those it has, its training stance where the
 * readings check set labels one, what the existing reader makes of it, and its embedding.
 *
 * @param service the service it comes from (folds keep a service whole)
 * @param judged the topics of {@link ReadingScores#TOPICS} its labels speak about; the others are unknown for it
 * @param stance the agreed training stance ("none" when the labels say nothing about training), empty when not scored
 * @param classifierTopics the topic classifier's topics (all 42), before the reading adjusts them
 * @param scores the topic classifier's score for each topic of {@link ReadingScores#TOPICS}
 * @param readTopics the reading-informed topics of {@link ReadingScores#TOPICS}
 * @param readStance the reader's training stance ("none" when it reads none)
 */
record EncodedText(
        String service,
        String text,
        Set<String> judged,
        Set<String> topics,
        Optional<String> stance,
        Set<String> classifierTopics,
        Map<String, Double> scores,
        Set<String> readTopics,
        String readStance,
        double[] embedding) {
    EncodedText {
        judged = Set.copyOf(judged);
        topics = Set.copyOf(topics);
        classifierTopics = Set.copyOf(classifierTopics);
        scores = Map.copyOf(scores);
        readTopics = Set.copyOf(readTopics);
        embedding = embedding.clone();
    }

    /** The same text with {@code vector} as its embedding. */
    EncodedText withEmbedding(double[] vector) {
        return new EncodedText(
                service, text, judged, topics, stance, classifierTopics, scores, readTopics, readStance, vector);
    }

    /** The features of a topic model: the embedding, and with {@code stacked} the reader's opinion of the topic. */
    double[] features(String topic, boolean stacked) {
        if (!stacked) {
            return embedding.clone();
        }
        double[] features = java.util.Arrays.copyOf(embedding, embedding.length + 2);
        features[embedding.length] = scores.getOrDefault(topic, 0.0);
        features[embedding.length + 1] = readTopics.contains(topic) ? 1 : 0;
        return features;
    }

    /** The features of the stance model: the embedding, and with {@code stacked} the reader's stance, one-hot. */
    double[] stanceFeatures(java.util.List<String> stances, boolean stacked) {
        if (!stacked) {
            return embedding.clone();
        }
        double[] features = java.util.Arrays.copyOf(embedding, embedding.length + stances.size());
        features[embedding.length + stances.indexOf(readStance)] = 1;
        return features;
    }
}
