package org.clausewatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.knowledge.Topic;

/**
 * Assigns the taxonomy topics (A1…F10) to a provision, each with a confidence and its evidence. Two opinions are
 * combined per topic: the transparent cues of {@code topic-cues.txt} (the strongest matching cue's confidence) and
 * the committed model trained on ToS;DR points and UNFAIR-ToS sentences (a calibrated probability), as
 * {@code 1 - (1 - cue) × (1 - model)}; when a counter cue of the topic matches, the model's probability and the
 * confidence of weak cues (below 0.5, which only add to the model) are first multiplied by its factor, while a cue
 * that decides on its own is unaffected. A topic applies from 0.5. Pure, thread-safe and deterministic.
 */
public final class TopicClassifier implements ProvisionClassifier {
    static final String MODEL = "topic-model.bin";
    /** Topic ids in taxonomy order: group letter, then number (A1, A2, …, E10, E11, F1). */
    static final Comparator<String> TAXONOMY_ORDER =
            Comparator.comparing((String id) -> id.charAt(0)).thenComparingInt(id -> Integer.parseInt(id.substring(1)));
    /** The combined score from which a topic is assigned. */
    static final double ASSIGN = 0.5;
    /** A model probability from which the model's strongest words are shown as evidence. */
    private static final double SHOW_WORDS = 0.25;

    private final List<String> topics;
    private final TopicCues cues;
    private final TopicModel model;
    /** For each modelled topic, its position in the taxonomy's order. */
    private final int[] taxonomyIndex;

    TopicClassifier(Taxonomy taxonomy, TopicCues cues, TopicModel model) {
        this.topics = taxonomy.topics().stream().map(Topic::id).toList();
        this.cues = cues;
        this.model = model;
        this.taxonomyIndex = model.topics().stream().mapToInt(topics::indexOf).toArray();
    }

    /** The classifier with the shipped cues and committed model, read once per process. */
    public static TopicClassifier load() {
        return Holder.INSTANCE;
    }

    /** Defers reading the model until the first classifier is asked for. */
    private static final class Holder {
        static final TopicClassifier INSTANCE = committed();

        private static TopicClassifier committed() {
            try {
                Taxonomy taxonomy = Taxonomy.load();
                return new TopicClassifier(taxonomy, TopicCues.load(taxonomy), readModel(taxonomy));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the topic classifier: " + e.getMessage(), e);
            }
        }
    }

    static TopicModel readModel(Taxonomy taxonomy) throws IOException {
        try (InputStream in = TopicClassifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new InvalidModelException("resource " + MODEL + " is missing from the class path");
            }
            return TopicModel.read(in, MODEL, TopicCues.topicIds(taxonomy));
        }
    }

    /** The provenance recorded in the committed model: datasets, licences, training command and metrics. */
    public String provenance() {
        return model.provenance();
    }

    /** The topics that apply, highest confidence first (ties in taxonomy order); empty when none does. */
    @Override
    public List<Label> classify(String text) {
        return labels(text, true);
    }

    /** The labels of {@link #classify} without their evidence. */
    @Override
    public List<Label> decide(String text) {
        return labels(text, false);
    }

    private List<Label> labels(String text, boolean withEvidence) {
        List<String> tokens = FeatureHasher.tokens(text);
        Opinions opinions = opinions(tokens);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            double score = opinions.combined(i);
            if (score >= ASSIGN) {
                List<String> evidence = withEvidence ? evidence(i, opinions, tokens) : List.of();
                labels.add(new Label(topics.get(i), score, evidence));
            }
        }
        labels.sort(Comparator.comparingDouble(Label::confidence).reversed());
        return labels;
    }

    /** Every topic's combined score in taxonomy order, assigned or not (for evaluation and diagnosis). */
    public Map<String, Double> scores(String text) {
        Opinions opinions = opinions(FeatureHasher.tokens(text));
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < topics.size(); i++) {
            scores.put(topics.get(i), opinions.combined(i));
        }
        return scores;
    }

    /** Both opinions about every topic, by taxonomy index. */
    private record Opinions(double[] rule, double[] model, List<List<TopicCues.Hit>> hits) {
        double combined(int i) {
            return 1 - (1 - rule[i]) * (1 - model[i]);
        }
    }

    private Opinions opinions(List<String> tokens) {
        double[] rule = new double[topics.size()];
        List<List<TopicCues.Hit>> hits = new ArrayList<>(topics.size());
        for (int i = 0; i < topics.size(); i++) {
            hits.add(new ArrayList<>());
        }
        List<TopicCues.Hit> found = cues.find(String.join(" ", tokens));
        double[] damping = new double[topics.size()];
        Arrays.fill(damping, 1);
        for (TopicCues.Hit hit : found) {
            if (hit.cue().counter()) {
                int i = topics.indexOf(hit.cue().topic());
                damping[i] = Math.min(damping[i], hit.cue().confidence());
            }
        }
        for (TopicCues.Hit hit : found) {
            if (!hit.cue().counter()) {
                int i = topics.indexOf(hit.cue().topic());
                double confidence = hit.cue().confidence();
                // a cue too weak to decide only adds to the model's words, and is as misleading as they are
                rule[i] = Math.max(rule[i], confidence < ASSIGN ? confidence * damping[i] : confidence);
                hits.get(i).add(hit);
            }
        }
        double[] fromModel = new double[topics.size()];
        double[] probabilities = model.probabilities(model.vector(tokens));
        for (int t = 0; t < probabilities.length; t++) {
            fromModel[taxonomyIndex[t]] = probabilities[t] * damping[taxonomyIndex[t]];
        }
        return new Opinions(rule, fromModel, hits);
    }

    private List<String> evidence(int i, Opinions opinions, List<String> tokens) {
        List<String> evidence = new ArrayList<>();
        for (TopicCues.Hit hit : opinions.hits().get(i)) {
            evidence.add("cue: " + hit.matched());
        }
        int t = modelIndex(i);
        if (t >= 0 && opinions.model()[i] >= SHOW_WORDS) {
            List<String> words = model.strongestWords(tokens, t, 3);
            if (!words.isEmpty()) {
                evidence.add("model: " + String.join(", ", words));
            }
        }
        return evidence;
    }

    private int modelIndex(int i) {
        for (int t = 0; t < taxonomyIndex.length; t++) {
            if (taxonomyIndex[t] == i) {
                return t;
            }
        }
        return -1;
    }
}
