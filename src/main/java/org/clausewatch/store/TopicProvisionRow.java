package org.clausewatch.store;

import org.clausewatch.knowledge.Severity;

/** A provision of a document's latest version that was read as being on a topic, with that topic's confidence. */
public record TopicProvisionRow(
        String service, String termsType, ProvisionRow provision, double confidence, Severity severity) {}
