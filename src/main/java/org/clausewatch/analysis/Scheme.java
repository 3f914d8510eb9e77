package org.clausewatch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The classification schemes ClauseWatch offers, by the name used on the command line. */
public enum Scheme {
    /** The topics A1…F10 of the taxonomy, from cues and the trained topic model. */
    TOPICS("topics"),
    /** CLAUDETTE's eight kinds of potentially unfair clause, from the UNFAIR-ToS model. */
    UNFAIR_TOS("unfair-tos");

    private final String title;

    Scheme(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The scheme named {@code title}; the message names the bad value and the known ones. */
    public static Scheme of(String title) {
        for (Scheme scheme : values()) {
            if (scheme.title.equals(title)) {
                return scheme;
            }
        }
        throw new IllegalArgumentException("unknown scheme '" + title + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Scheme::title).toList()));
    }

    /** The scheme's classifier with its committed model, loaded once per process. */
    public ProvisionClassifier classifier() {
        return switch (this) {
            case TOPICS -> TopicClassifier.load();
            case UNFAIR_TOS -> new UnfairView();
        };
    }

    /** The unfair-clause classifier seen through the shared interface. */
    private static final class UnfairView implements ProvisionClassifier {
        @Override
        public List<Label> classify(String text) {
            return unfair(text);
        }

        @Override
        public List<Label> decide(String text) {
            return UnfairClauseClassifier.load().classify(text).stream()
                    .map(code -> new Label(code, 1.0, List.of()))
                    .toList();
        }
    }

    /**
     * The unfair-clause model makes yes/no decisions (a blend passing its threshold), so a flagged kind carries
     * confidence 1 and its cue phrases as evidence.
     */
    private static List<Label> unfair(String text) {
        UnfairClauseClassifier classifier = UnfairClauseClassifier.load();
        List<String> codes = classifier.classify(text);
        if (codes.isEmpty()) {
            return List.of();
        }
        List<String> cues = classifier.evidence(text);
        List<Label> labels = new ArrayList<>();
        for (String code : codes) {
            String prefix = code + ": ";
            labels.add(new Label(
                    code,
                    1.0,
                    cues.stream()
                            .filter(cue -> cue.startsWith(prefix))
                            .map(cue -> cue.substring(prefix.length()))
                            .toList()));
        }
        return labels;
    }
}
