package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Trains the unfair-clause model on the labelled sentences it is given. Per kind: the mean of linear scorers over a grid of
 * costs, a nearest-neighbour vote, and their logistic blend, whose weights are fitted on out-of-fold values and whose
 * threshold is chosen by cross-validation nested in the same folds. Folds are whole companies (sentences of one
 * company's terms are near-duplicates of each other, so splitting a company across folds would flatter every
 * setting).
 */
final class UnfairTrainer {
    static final int FOLDS = 5;
    static final int MIN_DOCUMENTS = 2;
    static final float CUE_VALUE = 0.3f;
    static final long SEED = 20_240_401L;
    private static final double[] COSTS = {0.1, 0.3, 1.0};
    private static final double[] POSITIVE_BOOSTS = {1.0, 3.0};

    private final Consumer<String> log;
    private final UnfairRecipe recipe;

    UnfairTrainer(Consumer<String> log) {
        this(log, UnfairRecipe.COMMITTED);
    }

    UnfairTrainer(Consumer<String> log, UnfairRecipe recipe) {
        this.log = log;
        this.recipe = recipe;
    }

    /** One cost and boost with the best threshold of its out-of-fold scores and the F1 there, for the log. */
    record Setting(double cost, double boost, float threshold, double f1) {}

    /**
     * Trains on {@code sentences}. With provider names masked, the model learns from the masked sentences, but
     * cross-validation scores each held-out sentence as written, because at run time the provider's name is unknown.
     */
    UnfairModel train(List<LabelledSentence> sentences) {
        Cues cues = UnfairCueFile.load();
        List<LabelledSentence> taught = taught(sentences);
        int[][] buckets = bucketsOf(taught);
        TermWeights terms = Fitting.termWeights(buckets, companyIds(taught), MIN_DOCUMENTS, recipe.minCompanies());
        ActorPhrases actors = Fitting.actorPhrases(
                taught.stream().map(s -> FeatureHasher.tokens(s.text())).toList(), MIN_DOCUMENTS);
        List<SparseVector> vectors = vectors(terms, cues, actors, taught);
        List<SparseVector> queries = taught == sentences ? vectors : vectors(terms, cues, actors, sentences);
        log.accept(recipe.toString());
        int dimension = terms.size() + cues.size() + actors.size();
        log.accept(sentences.size() + " sentences, " + terms.size() + " term slots, " + cues.size() + " cues, "
                + actors.size() + " actor phrases");
        int[] folds = folds(sentences);
        NeighbourIndex neighbours = Fitting.neighbourIndex(
                terms,
                Arrays.asList(buckets),
                sentences.stream().map(LabelledSentence::kinds).toList());
        double[][] votes = outOfFoldVotes(neighbours, queries, folds);
        // each kind is fitted on its own and on every core; the results are taken in kind order, so the model and the
        // log are the same as when the kinds are fitted one after the other
        List<KindFit> fits = Arrays.stream(UnfairKind.values())
                .parallel()
                .map(kind -> fit(kind, new Views(vectors, queries), sentences, folds, dimension, votes))
                .toList();
        List<UnfairModel.Scorer> scorers = new ArrayList<>();
        List<Blend> blends = new ArrayList<>();
        List<Set<UnfairKind>> predicted = new ArrayList<>();
        sentences.forEach(s -> predicted.add(EnumSet.noneOf(UnfairKind.class)));
        for (KindFit fit : fits) {
            fit.log().forEach(log);
            scorers.add(fit.scorer());
            blends.add(fit.blend());
            for (int i = 0; i < predicted.size(); i++) {
                if (fit.predicted()[i]) {
                    predicted.get(i).add(fit.kind());
                }
            }
        }
        UnfairScores crossValidated = new UnfairScores();
        for (int i = 0; i < predicted.size(); i++) {
            crossValidated.add(sentences.get(i).kinds(), predicted.get(i));
        }
        log.accept(String.format(
                Locale.ROOT,
                "cross-validated macro-F1 %.1f, micro-F1 %.1f (%d companies in %d folds)",
                100 * crossValidated.macroF1(),
                100 * crossValidated.microF1(),
                sentences.stream().map(LabelledSentence::company).distinct().count(),
                FOLDS));
        return new UnfairModel(terms, cues, actors, CUE_VALUE, scorers, neighbours, blends);
    }

    /** What is fitted for one kind: its scorer and blend, its out-of-fold decisions, and its lines for the log. */
    private record KindFit(
            UnfairKind kind, UnfairModel.Scorer scorer, Blend blend, boolean[] predicted, List<String> log) {}

    private static KindFit fit(
            UnfairKind kind,
            Views views,
            List<LabelledSentence> sentences,
            int[] folds,
            int dimension,
            double[][] votes) {
        List<String> lines = new ArrayList<>();
        boolean[] positive = positives(sentences, kind);
        double[] outOfFold = outOfFoldEnsemble(views, positive, folds, dimension, kind, lines);
        UnfairModel.Scorer scorer = ensemble(views.taught(), positive, dimension);
        boolean[] predicted = new boolean[sentences.size()];
        Blend blend = blend(outOfFold, column(votes, kind.ordinal()), positive, folds, predicted);
        lines.add(kind + ": " + blend);
        return new KindFit(kind, scorer, blend, predicted, lines);
    }

    private List<LabelledSentence> taught(List<LabelledSentence> sentences) {
        if (!recipe.maskProviderNames()) {
            return sentences;
        }
        ProviderNames names = ProviderNames.load();
        return sentences.stream().map(names::mask).toList();
    }

    private static List<SparseVector> vectors(
            TermWeights terms, Cues cues, ActorPhrases actors, List<LabelledSentence> sentences) {
        List<SparseVector> vectors = new ArrayList<>();
        for (LabelledSentence sentence : sentences) {
            vectors.add(UnfairModel.vector(terms, cues, actors, CUE_VALUE, sentence.text()));
        }
        return vectors;
    }

    /** Each company numbered by its first appearance. */
    private static int[] companyIds(List<LabelledSentence> sentences) {
        Map<String, Integer> ids = new HashMap<>();
        return sentences.stream()
                .mapToInt(s -> ids.computeIfAbsent(s.company(), c -> ids.size()))
                .toArray();
    }

    /** The vectors the scorers learn from and those cross-validation scores (the same unless names are masked). */
    private record Views(List<SparseVector> taught, List<SparseVector> queries) {}

    private static double[][] outOfFoldVotes(NeighbourIndex neighbours, List<SparseVector> vectors, int[] folds) {
        double[][] votes = new double[vectors.size()][];
        for (int i = 0; i < votes.length; i++) {
            votes[i] = neighbours.votes(vectors.get(i), folds, folds[i]);
        }
        return votes;
    }

    private static double[] column(double[][] rows, int column) {
        double[] out = new double[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[i][column];
        }
        return out;
    }

    /**
     * Fits the blend of margin and vote, with its threshold chosen on blends fitted without each fold in turn
     * (nested in the same company folds), and records the out-of-fold decisions in {@code predicted}.
     */
    private static Blend blend(double[] margin, double[] vote, boolean[] positive, int[] folds, boolean[] predicted) {
        double[] logOdds = new double[margin.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            boolean[] use = new boolean[margin.length];
            for (int i = 0; i < use.length; i++) {
                use[i] = folds[i] != fold;
            }
            Blend inner = Fitting.blend(margin, vote, positive, use);
            for (int i = 0; i < use.length; i++) {
                if (!use[i]) {
                    logOdds[i] = inner.logOdds(margin[i], vote[i]);
                }
            }
        }
        double threshold = bestThreshold(logOdds, positive, 0, 0).threshold();
        for (int i = 0; i < logOdds.length; i++) {
            predicted[i] = logOdds[i] > threshold;
        }
        boolean[] all = new boolean[margin.length];
        Arrays.fill(all, true);
        return Fitting.blend(margin, vote, positive, all).withThreshold(threshold);
    }

    private static int[][] bucketsOf(List<LabelledSentence> sentences) {
        int[][] buckets = new int[sentences.size()][];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] =
                    FeatureHasher.buckets(FeatureHasher.tokens(sentences.get(i).text()));
        }
        return buckets;
    }

    /** Fold of each sentence: companies in name order dealt round-robin, so the split is reproducible. */
    static int[] folds(List<LabelledSentence> sentences) {
        Map<String, Integer> foldOfCompany = new TreeMap<>();
        sentences.forEach(s -> foldOfCompany.put(s.company(), 0));
        int next = 0;
        for (Map.Entry<String, Integer> entry : foldOfCompany.entrySet()) {
            entry.setValue(next++ % FOLDS);
        }
        return sentences.stream().mapToInt(s -> foldOfCompany.get(s.company())).toArray();
    }

    private static boolean[] positives(List<LabelledSentence> sentences, UnfairKind kind) {
        boolean[] positive = new boolean[sentences.size()];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = sentences.get(i).kinds().contains(kind);
        }
        return positive;
    }

    /**
     * The mean of the scorers trained with every cost and positive boost of the grid: averaging the regularisation
     * settings proved as good under cross-validation as picking one per kind, and is steadier on unseen companies
     * because it does not chase the best of six noisy figures. The mean of linear scorers is one linear scorer.
     */
    private static UnfairModel.Scorer ensemble(List<SparseVector> vectors, boolean[] positive, int dimension) {
        double[] sum = new double[dimension + 1];
        for (double cost : COSTS) {
            for (double boost : POSITIVE_BOOSTS) {
                float[] w = new LinearSvm(cost * boost, cost, SEED).train(vectors, positive, dimension);
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += w[j];
                }
            }
        }
        int settings = COSTS.length * POSITIVE_BOOSTS.length;
        float[] weights = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            weights[j] = (float) (sum[j] / settings);
        }
        return new UnfairModel.Scorer(weights, (float) (sum[dimension] / settings));
    }

    /** Out-of-fold margins of the ensemble; logs each setting's own cross-validated F1 for the record. */
    private static double[] outOfFoldEnsemble(
            Views vectors, boolean[] positive, int[] folds, int dimension, UnfairKind kind, List<String> log) {
        double[] sum = new double[vectors.queries().size()];
        int settings = COSTS.length * POSITIVE_BOOSTS.length;
        for (double cost : COSTS) {
            for (double boost : POSITIVE_BOOSTS) {
                double[] scores = outOfFold(vectors, positive, folds, dimension, cost, boost);
                log.add(kind + ": " + bestThreshold(scores, positive, cost, boost));
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += scores[i] / settings;
                }
            }
        }
        return sum;
    }

    private static double[] outOfFold(
            Views vectors, boolean[] positive, int[] folds, int dimension, double cost, double boost) {
        double[] scores = new double[positive.length];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<SparseVector> train = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (int i = 0; i < positive.length; i++) {
                if (folds[i] != fold) {
                    train.add(vectors.taught().get(i));
                    labels.add(positive[i]);
                }
            }
            float[] w = new LinearSvm(cost * boost, cost, SEED).train(train, toArray(labels), dimension);
            for (int i = 0; i < positive.length; i++) {
                if (folds[i] == fold) {
                    scores[i] = vectors.queries().get(i).dot(w) + w[dimension];
                }
            }
        }
        return scores;
    }

    private static boolean[] toArray(List<Boolean> labels) {
        boolean[] out = new boolean[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels.get(i);
        }
        return out;
    }

    /** The threshold between two consecutive scores that maximises F1 of the out-of-fold predictions. */
    static Setting bestThreshold(double[] scores, boolean[] positive, double cost, double boost) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        int totalPositive = 0;
        for (boolean p : positive) {
            totalPositive += p ? 1 : 0;
        }
        double bestF1 = 0;
        double bestThreshold = 0;
        int tp = 0;
        for (int rank = 0; rank < order.length; rank++) {
            tp += positive[order[rank]] ? 1 : 0;
            double f1 = 2.0 * tp / (rank + 1 + totalPositive);
            boolean distinct = rank + 1 == order.length || scores[order[rank + 1]] < scores[order[rank]];
            if (distinct && f1 > bestF1) {
                bestF1 = f1;
                double next = rank + 1 < order.length ? scores[order[rank + 1]] : scores[order[rank]] - 1;
                bestThreshold = (scores[order[rank]] + next) / 2;
            }
        }
        return new Setting(cost, boost, (float) bestThreshold, bestF1);
    }
}
