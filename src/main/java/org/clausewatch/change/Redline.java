package org.clausewatch.change;

import java.util.Objects;

/** One run of a word-level redline: text kept, inserted or deleted. */
public record Redline(Op op, String text) {
    /** What happened to the run. */
    public enum Op {
        EQUAL,
        INSERT,
        DELETE
    }

    public Redline {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
    }
}
