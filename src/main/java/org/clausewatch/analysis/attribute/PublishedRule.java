package org.clausewatch.analysis.attribute;

import org.clausewatch.knowledge.Severity;

/** One row of the severity rule table as the methodology publishes it: conditions written as in the rule file. */
public record PublishedRule(
        String id, Severity severity, boolean explicit, double confidence, String conditions, String rationale) {}
