package org.clausewatch.source;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How to capture one document of a service: its pages (several when combined, in declaration order) and the
 * older declarations from the service's history file, each valid until a date.
 */
public record DocumentDeclaration(
        String service, String termsType, List<SourceDocument> sources, List<HistoricalDeclaration> history) {
    public DocumentDeclaration {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(termsType, "termsType");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("document " + service + " / " + termsType + " has no source");
        }
        sources = List.copyOf(sources);
        history = history.stream()
                .sorted(Comparator.comparing(HistoricalDeclaration::validUntil))
                .toList();
    }

    /** The pages to use for a capture made at {@code capturedAt}: the first history entry still valid, else the current ones. */
    public List<SourceDocument> sourcesAt(Instant capturedAt) {
        return history.stream()
                .filter(entry -> !capturedAt.isAfter(entry.validUntil()))
                .findFirst()
                .map(HistoricalDeclaration::sources)
                .orElse(sources);
    }

    /** An older declaration of this document, used for captures made on or before {@code validUntil}. */
    public record HistoricalDeclaration(List<SourceDocument> sources, Instant validUntil) {
        public HistoricalDeclaration {
            sources = List.copyOf(sources);
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }
}
