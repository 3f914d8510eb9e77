package org.clausewatch.knowledge;

import java.util.List;

/** One topic of the taxonomy, e.g. F1 "Training on user content", with the language that typically expresses it. */
public record Topic(
        String id,
        String group,
        String name,
        String definition,
        List<String> typicalLanguage,
        Severity defaultSeverity,
        String severityGuidance) {
    public Topic {
        typicalLanguage = List.copyOf(typicalLanguage);
    }
}
