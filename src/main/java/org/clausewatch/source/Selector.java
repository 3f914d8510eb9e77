package org.clausewatch.source;

import java.util.Optional;

/** One entry of a declaration's {@code select} or {@code remove}: a CSS selector or a range between two selectors. */
public sealed interface Selector {

    /** A CSS selector, e.g. {@code main .content}. */
    record Css(String query) implements Selector {}

    /**
     * A range of the document: from just before or after the element matched by the start selector to just
     * before or after the element matched by the end selector, as in Open Terms Archive's declarations.
     * Exactly one of each pair is present.
     */
    record Range(
            Optional<String> startBefore,
            Optional<String> startAfter,
            Optional<String> endBefore,
            Optional<String> endAfter)
            implements Selector {
        public Range {
            if (startBefore.isPresent() == startAfter.isPresent()) {
                throw new IllegalArgumentException("a range needs exactly one of startBefore and startAfter");
            }
            if (endBefore.isPresent() == endAfter.isPresent()) {
                throw new IllegalArgumentException("a range needs exactly one of endBefore and endAfter");
            }
        }
    }
}
