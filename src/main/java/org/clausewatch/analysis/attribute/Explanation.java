package org.clausewatch.analysis.attribute;

/**
 * The plain-language analysis of a provision, generated from its attributes by templates: what it says (quoting the
 * provision), why it matters (severity, rationale, potentially relevant regulations), what it means for users, and
 * the standard notice that this is not a legal determination.
 */
public record Explanation(String whatItSays, String whyItMatters, String userImpact, String notice) {}
