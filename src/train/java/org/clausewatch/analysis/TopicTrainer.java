package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Trains the topic model: per topic with enough examples, a linear SVM over hashed word and character n-grams, and
 * a logistic calibration of its margin fitted on out-of-fold margins (folds are whole services, because one
 * service's quotes resemble each other), with the F1-best out-of-fold threshold folded into the calibration.
 */
final class TopicTrainer {
    static final int FOLDS = 3;
    static final int MIN_DOCUMENTS = 2;
    /** Topics with fewer training positives are left to the cues alone. */
    static final int MIN_POSITIVES = 20;

    static final double COST = 0.3;
    /** Extra cost of missing a positive: every topic is a small minority of the examples. */
    static final double POSITIVE_BOOST = 3.0;

    static final long SEED = 20_261_126L;

    private final Consumer<String> log;

    TopicTrainer(Consumer<String> log) {
        this.log = log;
    }

    /** The scorers of every topic of {@code topicIds} (taxonomy order) that has enough positives. */
    TopicModel train(List<TopicExample> examples, List<String> topicIds, String provenance) {
        int[][] buckets = new int[examples.size()][];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] =
                    FeatureHasher.buckets(FeatureHasher.tokens(examples.get(i).text()));
        }
        TermWeights terms = Fitting.termWeights(buckets, MIN_DOCUMENTS);
        List<SparseVector> vectors = new ArrayList<>();
        for (int[] sentence : buckets) {
            vectors.add(terms.vector(sentence, new int[0], 0f));
        }
        log.accept(examples.size() + " training examples, " + terms.size() + " term slots");
        int[] folds = folds(examples);
        // each topic is fitted on its own and on every core; the results are taken in taxonomy order, so the model and
        // the log are the same as when the topics are fitted one after the other
        List<TopicFit> fits = topicIds.parallelStream()
                .map(topic -> fit(topic, examples, vectors, folds, terms.size()))
                .toList();
        List<TopicModel.Scorer> scorers = new ArrayList<>();
        for (TopicFit fit : fits) {
            log.accept(fit.line());
            fit.scorer().ifPresent(scorers::add);
        }
        return new TopicModel(terms, scorers, provenance);
    }

    /** A topic's scorer, none when it has too few positives, and its line for the log. */
    private record TopicFit(Optional<TopicModel.Scorer> scorer, String line) {}

    private static TopicFit fit(
            String topic, List<TopicExample> examples, List<SparseVector> vectors, int[] folds, int dimension) {
        boolean[] positive = positives(examples, topic);
        int count = count(positive);
        if (count < MIN_POSITIVES) {
            return new TopicFit(Optional.empty(), topic + ": " + count + " positives, left to the cues");
        }
        return scorer(topic, vectors, positive, folds, dimension);
    }

    private static TopicFit scorer(
            String topic, List<SparseVector> vectors, boolean[] positive, int[] folds, int dimension) {
        double[] margins = outOfFold(vectors, positive, folds, dimension);
        double[] noVote = new double[margins.length];
        boolean[] all = new boolean[margins.length];
        Arrays.fill(all, true);
        Blend calibration = Fitting.blend(margins, noVote, positive, all);
        double[] logOdds = new double[margins.length];
        for (int i = 0; i < logOdds.length; i++) {
            logOdds[i] = calibration.logOdds(margins[i], 0);
        }
        UnfairTrainer.Setting best = UnfairTrainer.bestThreshold(logOdds, positive, COST, POSITIVE_BOOST);
        String line = String.format(
                Locale.ROOT,
                "%s: %d positives, out-of-fold F1 %.1f at log-odds threshold %.2f",
                topic,
                count(positive),
                100 * best.f1(),
                best.threshold());
        float[] w = svm().train(vectors, positive, dimension);
        return new TopicFit(
                Optional.of(new TopicModel.Scorer(
                        topic, Arrays.copyOf(w, dimension), w[dimension], (float) calibration.marginWeight(), (float)
                                (calibration.bias() - best.threshold()))),
                line);
    }

    private static LinearSvm svm() {
        return new LinearSvm(COST * POSITIVE_BOOST, COST, SEED);
    }

    private static double[] outOfFold(List<SparseVector> vectors, boolean[] positive, int[] folds, int dimension) {
        double[] margins = new double[vectors.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<SparseVector> train = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int i = 0; i < vectors.size(); i++) {
                if (folds[i] != fold) {
                    train.add(vectors.get(i));
                    labels.add(positive[i]);
                }
            }
            boolean[] trainPositive = new boolean[labels.size()];
            for (int i = 0; i < trainPositive.length; i++) {
                trainPositive[i] = labels.get(i);
            }
            float[] w = svm().train(train, trainPositive, dimension);
            for (int i = 0; i < vectors.size(); i++) {
                if (folds[i] == fold) {
                    margins[i] = vectors.get(i).dot(w) + w[dimension];
                }
            }
        }
        return margins;
    }

    /** Fold of each example: services in name order dealt round-robin, so the split is reproducible. */
    static int[] folds(List<TopicExample> examples) {
        Map<String, Integer> foldOfService = new TreeMap<>();
        examples.forEach(e -> foldOfService.put(e.service(), 0));
        int next = 0;
        for (Map.Entry<String, Integer> entry : foldOfService.entrySet()) {
            entry.setValue(next++ % FOLDS);
        }
        return examples.stream().mapToInt(e -> foldOfService.get(e.service())).toArray();
    }

    private static boolean[] positives(List<TopicExample> examples, String topic) {
        boolean[] positive = new boolean[examples.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = examples.get(i).topics().contains(topic);
        }
        return positive;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }
}
