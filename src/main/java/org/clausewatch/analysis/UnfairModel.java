package org.clausewatch.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The trained unfair-clause model: term weights, the cues it was trained with (kept inside so that editing the
 * cue file cannot silently change a committed model), the actor phrases kept ({@link ActorPhrases}), per kind a
 * linear scorer, the training sentences as a
 * neighbour index, and per kind the blend of scorer and neighbour vote with its decision threshold.
 */
final class UnfairModel {
    static final String MAGIC = "clausewatch-unfair-tos";
    static final int FORMAT = 3;
    /** Weights are stored as 16-bit fixed point of this resolution; the loss is far below any decision margin. */
    private static final float WEIGHT_STEP = 1.0f / 4096;

    private final TermWeights terms;
    private final Cues cues;
    private final ActorPhrases actors;
    private final float cueValue;
    private final float[][] weights;
    private final float[] bias;
    private final NeighbourIndex neighbours;
    private final List<Blend> blends;

    /** The linear scorer of one kind: one weight per term slot, then per cue, then per actor phrase, and a bias. */
    record Scorer(float[] weights, float bias) {}

    UnfairModel(
            TermWeights terms,
            Cues cues,
            ActorPhrases actors,
            float cueValue,
            List<Scorer> scorers,
            NeighbourIndex neighbours,
            List<Blend> blends) {
        int kinds = UnfairKind.values().length;
        if (scorers.size() != kinds || blends.size() != kinds) {
            throw new IllegalArgumentException(
                    scorers.size() + " scorers and " + blends.size() + " blends given for " + kinds + " kinds");
        }
        this.terms = terms;
        this.cues = cues;
        this.actors = actors;
        this.cueValue = cueValue;
        this.weights = new float[kinds][];
        this.bias = new float[kinds];
        this.neighbours = neighbours;
        this.blends = List.copyOf(blends);
        for (int k = 0; k < kinds; k++) {
            Scorer scorer = scorers.get(k);
            if (scorer.weights().length != dimension()) {
                throw new IllegalArgumentException(
                        "scorer " + k + " has " + scorer.weights().length + " weights, expected " + dimension());
            }
            weights[k] = scorer.weights().clone();
            bias[k] = scorer.bias();
        }
    }

    int dimension() {
        return terms.size() + cues.size() + actors.size();
    }

    Cues cues() {
        return cues;
    }

    /**
     * The feature vector of a sentence, as training and classification both see it: the weighted terms, then the cues
     * found and the actor phrases kept, each at {@code cueValue}.
     */
    static SparseVector vector(TermWeights terms, Cues cues, ActorPhrases actors, float cueValue, String text) {
        List<String> tokens = FeatureHasher.tokens(text);
        List<Cues.Hit> hits = cues.find(String.join(" ", tokens));
        int[] actorIds = actors.ids(tokens);
        int[] extraSlots = new int[hits.size() + actorIds.length];
        for (int i = 0; i < hits.size(); i++) {
            extraSlots[i] = terms.size() + hits.get(i).cue();
        }
        for (int i = 0; i < actorIds.length; i++) {
            extraSlots[hits.size() + i] = terms.size() + cues.size() + actorIds[i];
        }
        return terms.vector(FeatureHasher.buckets(tokens), extraSlots, cueValue);
    }

    SparseVector vector(String text) {
        return vector(terms, cues, actors, cueValue, text);
    }

    /** The linear scorer's margin of the sentence for {@code kind}. */
    double margin(SparseVector vector, UnfairKind kind) {
        int k = kind.ordinal();
        return vector.dot(weights[k]) + bias[k];
    }

    /** The kinds that apply to the sentence, in declaration order of {@link UnfairKind}. */
    List<UnfairKind> kinds(SparseVector vector) {
        double[] margins = new double[UnfairKind.values().length];
        for (UnfairKind kind : UnfairKind.values()) {
            margins[kind.ordinal()] = margin(vector, kind);
        }
        // without a kind the vote could decide, any vote decides as none does: no need to look for neighbours
        double[] votes = voteDecides(margins, vector) ? neighbours.votes(vector) : new double[margins.length];
        List<UnfairKind> kinds = new ArrayList<>();
        for (UnfairKind kind : UnfairKind.values()) {
            if (blends.get(kind.ordinal()).applies(margins[kind.ordinal()], votes[kind.ordinal()])) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * Whether the neighbour vote can change any kind's decision. A vote is a share, from 0 to 1 (a similarity-weighted
     * sum of some of the neighbours over the sum of all of them; rounding is monotone, so it cannot pass 1), and a
     * blend's log-odds are monotone in it (each rounded operation is), so when a vote of 0 and a vote of 1 decide a
     * kind alike, every vote does. About nine sentences in ten are so clearly of no kind, or of one, that the search
     * for their neighbours, the largest cost of classifying them, is spared. Weights or values that are not finite
     * could make a vote undefined: then it is always computed.
     */
    private boolean voteDecides(double[] margins, SparseVector vector) {
        if (!neighbours.finite() || !vector.finite()) {
            return true;
        }
        for (int k = 0; k < margins.length; k++) {
            if (blends.get(k).applies(margins[k], 0) != blends.get(k).applies(margins[k], 1)) {
                return true;
            }
        }
        return false;
    }

    void write(OutputStream target) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(target);
        DataOutputStream out = new DataOutputStream(zip);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeFloat(cueValue);
        out.writeInt(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            out.writeUTF(cues.cue(i).code());
            out.writeBoolean(cues.cue(i).counter());
            out.writeUTF(cues.cue(i).pattern().pattern());
        }
        out.writeInt(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            out.writeUTF(actors.name(i));
        }
        out.writeInt(terms.size());
        for (int slot = 0; slot < terms.size(); slot++) {
            out.writeInt(terms.bucket(slot));
            out.writeFloat(terms.idf(slot));
        }
        for (UnfairKind kind : UnfairKind.values()) {
            writeScorer(out, kind);
        }
        neighbours.write(out);
        for (Blend blend : blends) {
            out.writeDouble(blend.marginWeight());
            out.writeDouble(blend.voteWeight());
            out.writeDouble(blend.bias());
            out.writeDouble(blend.threshold());
        }
        out.flush();
        zip.finish();
    }

    private void writeScorer(DataOutputStream out, UnfairKind kind) throws IOException {
        int k = kind.ordinal();
        out.writeUTF(kind.name());
        out.writeFloat(bias[k]);
        for (float weight : weights[k]) {
            long steps = Math.round(weight / WEIGHT_STEP);
            out.writeShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, steps)));
        }
    }

    /** Reads a model written by {@link #write}; {@code source} names the file or resource in error messages. */
    static UnfairModel read(InputStream source, String name) throws IOException {
        DataInputStream in = ModelInput.of(source);
        String magic = in.readUTF();
        int format = in.readInt();
        if (!MAGIC.equals(magic) || format != FORMAT) {
            throw new InvalidModelException(name + ": not a ClauseWatch unfair-clause model of format " + FORMAT
                    + " (found '" + magic + "' format " + format + ")");
        }
        float cueValue = in.readFloat();
        Cues cues = readCues(in, name);
        ActorPhrases actors = readActors(in, name);
        TermWeights terms = readTerms(in);
        List<Scorer> scorers = new ArrayList<>();
        for (UnfairKind kind : UnfairKind.values()) {
            scorers.add(readScorer(in, kind, terms.size() + cues.size() + actors.size(), name));
        }
        NeighbourIndex neighbours = NeighbourIndex.read(in, terms, name);
        List<Blend> blends = new ArrayList<>();
        for (int k = 0; k < UnfairKind.values().length; k++) {
            blends.add(new Blend(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble()));
        }
        return new UnfairModel(terms, cues, actors, cueValue, scorers, neighbours, blends);
    }

    private static ActorPhrases readActors(DataInputStream in, String name) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new InvalidModelException(name + ": " + count + " actor phrases");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(in.readUTF());
        }
        try {
            return new ActorPhrases(names);
        } catch (IllegalArgumentException e) {
            throw new InvalidModelException(name + ": " + e.getMessage());
        }
    }

    private static Cues readCues(DataInputStream in, String name) throws IOException {
        int count = in.readInt();
        List<Cues.Cue> cues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = in.readUTF();
            if (!UnfairKind.codes().contains(code)) {
                throw new InvalidModelException(name + ": cue " + i + " names unknown kind '" + code + "'");
            }
            boolean counter = in.readBoolean();
            cues.add(new Cues.Cue(code, Pattern.compile(in.readUTF()), counter));
        }
        return new Cues(cues);
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

    private static Scorer readScorer(DataInputStream in, UnfairKind kind, int dimension, String name)
            throws IOException {
        String code = in.readUTF();
        if (!kind.name().equals(code)) {
            throw new InvalidModelException(name + ": expected the scorer of " + kind + ", found '" + code + "'");
        }
        float bias = in.readFloat();
        float[] weights = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            weights[i] = in.readShort() * WEIGHT_STEP;
        }
        return new Scorer(weights, bias);
    }
}
