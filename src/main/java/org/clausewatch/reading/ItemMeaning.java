package org.clausewatch.reading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.analysis.attribute.ChangeAnalysis;
import org.clausewatch.knowledge.Severity;

/**
 * What one item of a change is about, as read when the change was recorded: the topics and severity of its provision
 * (the new wording, or the removed one) and, for a modified provision whose reading changed, what changed in it. Every
 * channel (page, API, feed, e-mail, webhook) says the same because they all read this.
 */
public record ItemMeaning(List<String> topics, Optional<Severity> severity, Optional<ChangeAnalysis> attributeChanges) {
    public static final ItemMeaning NONE = new ItemMeaning(List.of(), Optional.empty(), Optional.empty());

    public ItemMeaning {
        topics = List.copyOf(topics);
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(attributeChanges, "attributeChanges");
    }
}
