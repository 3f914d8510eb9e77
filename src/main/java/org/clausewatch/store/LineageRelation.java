package org.clausewatch.store;

/** How lineages of a version relate to those before it, e.g. {@code split} from one into another. */
public record LineageRelation(String relation, String fromLineage, String toLineage) {}
