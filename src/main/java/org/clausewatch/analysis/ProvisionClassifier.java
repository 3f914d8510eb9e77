package org.clausewatch.analysis;

import java.util.List;

/**
 * One classification scheme over provision texts (the taxonomy topics, or the UNFAIR-ToS unfair-clause kinds):
 * pure, thread-safe and deterministic, so the same text always gets the same labels.
 */
public interface ProvisionClassifier {
    /** The labels that apply to {@code text}, each with its confidence and evidence; empty when none does. */
    List<Label> classify(String text);

    /**
     * The same labels and confidences as {@link #classify}, possibly without evidence: for callers that need only
     * codes and scores (the {@code classify} command), where gathering evidence would cost time.
     */
    default List<Label> decide(String text) {
        return classify(text);
    }
}
