package org.clausewatch.analysis.attribute;

import org.clausewatch.knowledge.Severity;

/**
 * The severity of a provision with how sure ClauseWatch is ({@code confidence} 0–1), whether the document's own
 * language states what the rule tests ({@code explicit}) or it is inferred (from an absence or a topic default),
 * and the rule of the published table that decided it.
 */
public record Grade(Severity severity, double confidence, boolean explicit, String rule, String rationale) {}
