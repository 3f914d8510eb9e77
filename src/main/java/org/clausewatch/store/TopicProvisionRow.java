package org.clausewatch.store;

/** A provision of a document's latest version that was read as being on a topic, with that topic's confidence. */
public record TopicProvisionRow(
        String service, String termsType, ProvisionRow provision, double confidence, String severity) {}
