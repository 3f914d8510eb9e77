package org.clausewatch.common;

import java.time.Duration;
import java.util.List;

/** The outcomes of one tracking pass, in declaration order (service, then terms type). */
public record TrackingReport(List<DocumentOutcome> documents, Duration elapsed) {
    public TrackingReport {
        documents = List.copyOf(documents);
    }

    public long count(DocumentOutcome.Outcome outcome) {
        return documents.stream().filter(d -> d.outcome() == outcome).count();
    }
}
