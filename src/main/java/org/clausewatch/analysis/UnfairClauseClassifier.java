package org.clausewatch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags the kinds of potentially unfair clause (CLAUDETTE's A, CH, CR, J, LAW, LTD, TER, USE) in one sentence or
 * provision, with the committed model trained on UNFAIR-ToS. Pure, thread-safe and deterministic.
 */
public final class UnfairClauseClassifier {
    static final String MODEL = "unfair-tos-model.bin";
    /**
     * A full stop, question or exclamation mark followed by a capital letter: a new sentence in real text. The
     * lower-cased training sentences never match, so the reported validation figures are unaffected.
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private final UnfairModel model;

    UnfairClauseClassifier(UnfairModel model) {
        this.model = model;
    }

    /** The classifier with the committed model, read from the class path once per process. */
    public static UnfairClauseClassifier load() {
        return Holder.INSTANCE;
    }

    /** Defers reading the model until the first classifier is asked for. */
    private static final class Holder {
        static final UnfairClauseClassifier INSTANCE = new UnfairClauseClassifier(readCommitted());

        private static UnfairModel readCommitted() {
            try (InputStream in = UnfairClauseClassifier.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + MODEL + " is missing from the class path");
                }
                return UnfairModel.read(in, MODEL);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the unfair-clause model " + MODEL, e);
            }
        }
    }

    /** The codes of the kinds flagged in {@code text}, in the fixed order A, CH, CR, J, LAW, LTD, TER, USE. */
    public List<String> classify(String text) {
        return kinds(text).stream().map(UnfairKind::name).toList();
    }

    /**
     * The kinds flagged in {@code text}, in declaration order of {@link UnfairKind}. The model learnt from single
     * sentences, so a provision of several sentences is judged sentence by sentence and the kinds are united: a long
     * provision's neighbours are otherwise mixtures that vote for nothing clearly.
     */
    List<UnfairKind> kinds(String text) {
        List<String> sentences = SENTENCE_END.splitAsStream(text).toList();
        if (sentences.size() <= 1) {
            return model.kinds(model.vector(text));
        }
        Set<UnfairKind> kinds = EnumSet.noneOf(UnfairKind.class);
        for (String sentence : sentences) {
            kinds.addAll(model.kinds(model.vector(sentence)));
        }
        return List.copyOf(kinds);
    }

    /**
     * The phrases of the cue list found in {@code text}, as "CODE: matched words", for showing as evidence; counter
     * cues (wording that makes a clause fair) are left out.
     */
    public List<String> evidence(String text) {
        String words = String.join(" ", FeatureHasher.tokens(text));
        return model.cues().find(words).stream()
                .filter(hit -> !hit.counter())
                .map(hit -> hit.code() + ": " + hit.matched())
                .toList();
    }
}
