package org.clausewatch.store;

import org.clausewatch.knowledge.Severity;

/** A provision of a document's latest version with the severity its reading was graded. */
public record GradedProvisionRow(String service, String termsType, ProvisionRow provision, Severity severity) {}
