package org.clausewatch.analysis.attribute;

import java.util.Objects;

/**
 * One fact read from a provision, e.g. {@code licence.scope = perpetual} or {@code retention.days = 90}, with the
 * exact words it was read from ({@code evidence}, at {@code [start, end)} of the provision's plain text) so that it
 * can be quoted.
 */
public record Attribute(String name, String value, String evidence, int start, int end) {
    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("attribute " + name + " has a bad span [" + start + ", " + end + ")");
        }
    }

    /** Reads {@code name = value} from the words {@code text[start, end)}. */
    static Attribute of(String name, String value, String text, int start, int end) {
        return new Attribute(name, value, text.substring(start, end), start, end);
    }
}
