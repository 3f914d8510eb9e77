package org.clausewatch.analysis;

import java.util.List;

/**
 * One label a scheme gives a provision: its code (a topic id such as "F1", or an unfair kind such as "LTD"), a
 * confidence in [0, 1], and the evidence that decided it (matched cue phrases, the model's strongest words).
 */
public record Label(String code, double confidence, List<String> evidence) {
    public Label {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence of " + code + " must be in [0, 1], got " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
