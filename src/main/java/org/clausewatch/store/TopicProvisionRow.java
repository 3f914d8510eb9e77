package org.clausewatch.store;

import java.util.Optional;
import org.clausewatch.knowledge.Severity;

/**
 * A provision of a document's latest version that was read as being on a topic, with that topic's confidence and the
 * reading's severity (empty when not assessed).
 */
public record TopicProvisionRow(
        String service, String termsType, ProvisionRow provision, double confidence, Optional<Severity> severity) {}
