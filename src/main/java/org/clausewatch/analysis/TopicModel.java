package org.clausewatch.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * The trained topic model: hashed term weights, per modelled topic a linear scorer and its calibration (margin to
 * probability, with the decision threshold folded in so that 0.5 is the point of assigning the topic), and the
 * provenance text the trainer wrote (datasets, licences, command, metrics), which travels inside the file.
 */
final class TopicModel {
    static final String MAGIC = "clausewatch-topics";
    static final int FORMAT = 1;
    /** Weights are stored as 16-bit fixed point of this resolution, far finer than any decision margin. */
    private static final float WEIGHT_STEP = 1.0f / 4096;

    private final TermWeights terms;
    private final List<String> topics;
    /**
     * Weights by slot, then topic: one pass over a provision's features scores every topic. Kept as the file's 16-bit
     * steps: half the memory of floats, so a provision's rows cost half the cache misses, and each step times
     * {@link #WEIGHT_STEP} is exactly the float the file stands for.
     */
    private final short[] weights;

    private final float[] bias;
    private final float[] scale;
    private final float[] offset;
    private final String provenance;

    /** One modelled topic's scorer and calibration. */
    record Scorer(String topic, float[] weights, float bias, float scale, float offset) {}

    TopicModel(TermWeights terms, List<Scorer> scorers, String provenance) {
        this.terms = terms;
        this.topics = scorers.stream().map(Scorer::topic).toList();
        int count = scorers.size();
        this.weights = new short[terms.size() * count];
        this.bias = new float[count];
        this.scale = new float[count];
        this.offset = new float[count];
        this.provenance = provenance;
        for (int t = 0; t < count; t++) {
            Scorer scorer = scorers.get(t);
            if (scorer.weights().length != terms.size()) {
                throw new IllegalArgumentException("scorer of " + scorer.topic() + " has " + scorer.weights().length
                        + " weights, expected " + terms.size());
            }
            for (int slot = 0; slot < terms.size(); slot++) {
                weights[slot * count + t] = quantised(scorer.weights()[slot]);
            }
            bias[t] = scorer.bias();
            scale[t] = scorer.scale();
            offset[t] = scorer.offset();
        }
    }

    private TopicModel(TopicModel model, String provenance) {
        this.terms = model.terms;
        this.topics = model.topics;
        this.weights = model.weights;
        this.bias = model.bias;
        this.scale = model.scale;
        this.offset = model.offset;
        this.provenance = provenance;
    }

    /** The same model carrying {@code newProvenance}. */
    TopicModel withProvenance(String newProvenance) {
        return new TopicModel(this, newProvenance);
    }

    List<String> topics() {
        return topics;
    }

    String provenance() {
        return provenance;
    }

    SparseVector vector(List<String> tokens) {
        return terms.vector(FeatureHasher.buckets(tokens), new int[0], 0f);
    }

    /** Per modelled topic (in {@link #topics()} order), the linear scorer's margin. */
    double[] margins(SparseVector vector) {
        int count = topics.size();
        double[] margins = new double[count];
        for (int t = 0; t < count; t++) {
            margins[t] = bias[t];
        }
        for (int i = 0; i < vector.size(); i++) {
            int base = vector.index(i) * count;
            float value = vector.value(i);
            for (int t = 0; t < count; t++) {
                margins[t] += value * (weights[base + t] * WEIGHT_STEP);
            }
        }
        return margins;
    }

    /** Per modelled topic, the calibrated probability; 0.5 or more means the model assigns the topic. */
    double[] probabilities(SparseVector vector) {
        double[] margins = margins(vector);
        for (int t = 0; t < margins.length; t++) {
            margins[t] = 1 / (1 + Math.exp(-(scale[t] * margins[t] + offset[t])));
        }
        return margins;
    }

    /**
     * The words of {@code tokens} that push topic {@code t} up most (weight of the word's own feature times its
     * IDF), strongest first: the model's evidence, readable although the features are hashed.
     */
    List<String> strongestWords(List<String> tokens, int t, int limit) {
        record Scored(String word, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (String word : new LinkedHashSet<>(tokens)) {
            int slot = terms.slot(FeatureHasher.wordBucket(word));
            if (slot >= 0) {
                double score = weights[slot * topics.size() + t] * WEIGHT_STEP * terms.idf(slot);
                if (score > 0) {
                    scored.add(new Scored(word, score));
                }
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::word))
                .limit(limit)
                .map(Scored::word)
                .toList();
    }

    void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        byte[] text = provenance.getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.writeInt(topics.size());
        for (int t = 0; t < topics.size(); t++) {
            out.writeUTF(topics.get(t));
            out.writeFloat(bias[t]);
            out.writeFloat(scale[t]);
            out.writeFloat(offset[t]);
        }
        out.writeInt(terms.size());
        for (int slot = 0; slot < terms.size(); slot++) {
            out.writeInt(terms.bucket(slot));
            out.writeFloat(terms.idf(slot));
        }
        for (short weight : weights) {
            out.writeShort(weight);
        }
        out.flush();
        zip.finish();
    }

    private static short quantised(float weight) {
        long steps = Math.round(weight / WEIGHT_STEP);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, steps));
    }

    /** Reads a model written by {@link #write}; {@code name} names the file or resource in error messages. */
    static TopicModel read(InputStream source, String name, Set<String> knownTopics) throws IOException {
        DataInputStream in = ModelInput.of(source);
        String magic = in.readUTF();
        int format = in.readInt();
        if (!MAGIC.equals(magic) || format != FORMAT) {
            throw new InvalidModelException(name + ": not a ClauseWatch topic model of format " + FORMAT + " (found '"
                    + magic + "' format " + format + ")");
        }
        String provenance = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
        int count = in.readInt();
        String[] ids = new String[count];
        float[][] calibration = new float[count][3];
        for (int t = 0; t < count; t++) {
            ids[t] = in.readUTF();
            if (!knownTopics.contains(ids[t])) {
                throw new InvalidModelException(name + ": topic '" + ids[t] + "' is not in the taxonomy");
            }
            calibration[t] = new float[] {in.readFloat(), in.readFloat(), in.readFloat()};
        }
        TermWeights terms = readTerms(in);
        float[][] perTopic = new float[count][terms.size()];
        for (int slot = 0; slot < terms.size(); slot++) {
            for (int t = 0; t < count; t++) {
                perTopic[t][slot] = in.readShort() * WEIGHT_STEP;
            }
        }
        List<Scorer> scorers = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            scorers.add(new Scorer(ids[t], perTopic[t], calibration[t][0], calibration[t][1], calibration[t][2]));
        }
        return new TopicModel(terms, scorers, provenance);
    }

    private static TermWeights readTerms(DataInputStream in) throws IOException {
        int size = in.readInt();
        int[] buckets = new int[size];
        float[] idf = new float[size];
        for (int slot = 0; slot < size; slot++) {
            buckets[slot] = in.readInt();
            idf[slot] = in.readFloat();
        }
        return new TermWeights(buckets, idf);
    }

    @Override
    public String toString() {
        return "TopicModel" + Arrays.toString(topics.toArray());
    }
}
