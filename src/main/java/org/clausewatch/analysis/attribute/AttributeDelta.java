package org.clausewatch.analysis.attribute;

import java.util.List;

/**
 * How one attribute differs between two versions of a provision, e.g. {@code retention.days} from [30] to [90],
 * with a readable sentence ("retention period went from 30 to 90 days").
 */
public record AttributeDelta(String name, List<String> before, List<String> after, String sentence) {
    public AttributeDelta {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
