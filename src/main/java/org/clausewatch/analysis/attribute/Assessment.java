package org.clausewatch.analysis.attribute;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a provision's words establish, before any platform's explanation: its attributes, the topics it is analysed
 * under (those given plus those its attributes imply, less those they do not bear out) and its grade, empty when no
 * rule of the table applies.
 */
public record Assessment(List<Attribute> attributes, Set<String> topics, Optional<Grade> grade) {
    public Assessment {
        attributes = List.copyOf(attributes);
        // sorted by id: the explanation and the regulation references take the topics in this order
        topics = Collections.unmodifiableSortedSet(new TreeSet<>(topics));
        Objects.requireNonNull(grade, "grade");
    }
}
