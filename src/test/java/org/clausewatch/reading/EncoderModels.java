package org.clausewatch.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Classifiers over sentence embeddings: one logistic regression per check-set topic, and a one-against-the-rest
 * training-stance classifier. A topic applies from probability 0.5; the stance is the most probable one.
 */
final class EncoderModels {
    /** The stance values of the check set, "none" for a provision that says nothing about training on user data. */
    static final List<String> STANCES = List.of("none", "uses", "does-not-use", "with-consent", "conditional");

    /**
     * How the models are fitted: L2 strength, the weight of an item of the readings check set (in-domain) against one
     * of the other labelled sources, the extra weight of a positive example, and whether the reader's own opinion of
     * the topic or stance is a feature beside the embedding (stacking).
     */
    record Recipe(double lambda, double inDomainWeight, double positiveBoost, boolean stacked) {
        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%s, lambda %s, in-domain x%s, positives x%s",
                    stacked ? "stacked" : "embedding",
                    lambda,
                    inDomainWeight,
                    positiveBoost);
        }
    }

    private final Recipe recipe;
    private final Map<String, Logistic> topics = new HashMap<>();
    private final Map<String, Logistic> stances = new HashMap<>();

    private EncoderModels(Recipe recipe) {
        this.recipe = recipe;
    }

    /**
     * Fits the models: topics on {@code external} (other labelled sources) and {@code inDomain} (readings check set
     * items), each text for the topics it judges; stances on the in-domain texts with a scored stance.
     */
    static EncoderModels fit(Recipe recipe, List<EncodedText> external, List<EncodedText> inDomain) {
        EncoderModels models = new EncoderModels(recipe);
        for (String topic : ReadingScores.TOPICS) {
            List<EncodedText> texts = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            external.stream().filter(t -> t.judged().contains(topic)).forEach(t -> add(texts, weights, t, 1));
            inDomain.stream()
                    .filter(t -> t.judged().contains(topic))
                    .forEach(t -> add(texts, weights, t, recipe.inDomainWeight()));
            models.topics.put(
                    topic,
                    models.fit(
                            texts,
                            weights,
                            t -> t.topics().contains(topic),
                            recipe.positiveBoost(),
                            t -> t.features(topic, recipe.stacked())));
        }
        List<EncodedText> labelled =
                inDomain.stream().filter(t -> t.stance().isPresent()).toList();
        for (String stance : STANCES) {
            Predicate<EncodedText> positive = t -> t.stance().orElseThrow().equals(stance);
            // balanced classes: a stance with 3 examples among 130 would otherwise never beat "none"
            long positives = labelled.stream().filter(positive).count();
            double balance = positives == 0 ? 1 : (labelled.size() - positives) / (double) positives;
            List<Double> ones = labelled.stream().map(t -> 1.0).toList();
            models.stances.put(
                    stance,
                    models.fit(labelled, ones, positive, balance, t -> t.stanceFeatures(STANCES, recipe.stacked())));
        }
        return models;
    }

    /** The check-set topics the models give {@code text}. */
    Set<String> topics(EncodedText text) {
        Set<String> found = new TreeSet<>();
        topics.forEach((topic, model) -> {
            if (model.probability(text.features(topic, recipe.stacked())) >= 0.5) {
                found.add(topic);
            }
        });
        return found;
    }

    /** The most probable training stance of {@code text}. */
    String stance(EncodedText text) {
        double[] features = text.stanceFeatures(STANCES, recipe.stacked());
        String best = STANCES.get(0);
        double bestProbability = -1;
        for (String stance : STANCES) {
            double probability = stances.get(stance).probability(features);
            if (probability > bestProbability) {
                best = stance;
                bestProbability = probability;
            }
        }
        return best;
    }

    private Logistic fit(
            List<EncodedText> texts,
            List<Double> weights,
            Predicate<EncodedText> positive,
            double positiveWeight,
            Function<EncodedText, double[]> features) {
        double[][] x = new double[texts.size()][];
        boolean[] y = new boolean[texts.size()];
        double[] w = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            x[i] = features.apply(texts.get(i));
            y[i] = positive.test(texts.get(i));
            w[i] = weights.get(i) * (y[i] ? positiveWeight : 1);
        }
        return Logistic.fit(x, y, w, recipe.lambda());
    }

    private static void add(List<EncodedText> texts, List<Double> weights, EncodedText text, double weight) {
        texts.add(text);
        weights.add(weight);
    }
}
