package org.clausewatch.analysis.attribute;

import java.util.List;
import java.util.Objects;

/**
 * The explanation of a provision, generated from what was read in it: what it establishes and what that means for
 * users, in plain sentences without codes or quotes; how it was read (topics, the deciding rule with its confidence,
 * each attribute with the words it came from); and the standard notice that this is not a legal determination.
 */
public record Explanation(String whatItSays, String whatItMeans, List<String> howRead, String notice) {
    public Explanation {
        Objects.requireNonNull(whatItSays, "whatItSays");
        Objects.requireNonNull(whatItMeans, "whatItMeans");
        howRead = List.copyOf(howRead);
        Objects.requireNonNull(notice, "notice");
    }

    /** The first sentence of what the provision says: the one line a list of peers shows. */
    public String summary() {
        int end = whatItSays.indexOf(". ");
        return end < 0 ? whatItSays : whatItSays.substring(0, end + 1);
    }
}
