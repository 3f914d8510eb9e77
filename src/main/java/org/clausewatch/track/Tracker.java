package org.clausewatch.track;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.extract.Extractor;
import org.clausewatch.fetch.HttpFetcher;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.store.Store;
import org.clausewatch.version.Versioner;

/**
 * Runs tracking passes. Every document is tracked on its own virtual thread; the fetcher keeps requests to one
 * host sequential and spaced, so documents of different hosts proceed in parallel.
 */
public final class Tracker {
    private final TrackerParts parts;

    public Tracker(TrackerParts parts) {
        this.parts = parts;
    }

    /** The pieces a pass needs, built by the composition root. */
    public record TrackerParts(
            HttpFetcher fetcher,
            WarcArchive archive,
            Store store,
            VersionRecorder recorder,
            Extractor extractor,
            Versioner versioner,
            Clock clock,
            boolean ignoreRobots) {}

    /** One pass over {@code documents}; never throws for a document's failure, which is recorded and reported. */
    public TrackingReport track(List<DocumentDeclaration> documents) {
        Instant start = parts.clock().instant();
        List<DocumentDeclaration> ordered = documents.stream()
                .sorted(Comparator.comparing(DocumentDeclaration::service)
                        .thenComparing(DocumentDeclaration::termsType))
                .toList();
        List<DocumentOutcome> outcomes = runAll(ordered);
        return new TrackingReport(
                outcomes, Duration.between(start, parts.clock().instant()));
    }

    /** Tracks one document; never throws for its failure, which is recorded and returned. */
    DocumentOutcome trackOne(DocumentDeclaration document) {
        try {
            return new DocumentTracking(parts, document).run();
        } catch (RuntimeException e) {
            return internalError(document, e);
        }
    }

    /** Reports list documents by service, then terms type, whatever order the declarations came in. */
    static List<DocumentDeclaration> inReportOrder(List<DocumentDeclaration> documents) {
        return documents.stream()
                .sorted(Comparator.comparing(DocumentDeclaration::service)
                        .thenComparing(DocumentDeclaration::termsType))
                .toList();
    }

    private List<DocumentOutcome> runAll(List<DocumentDeclaration> documents) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (DocumentDeclaration document : documents) {
                futures.add(executor.submit(() -> new DocumentTracking(parts, document).run()));
            }
            List<DocumentOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                outcomes.add(outcomeOf(futures.get(i), documents.get(i)));
            }
            return outcomes;
        }
    }

    private static DocumentOutcome outcomeOf(Future<DocumentOutcome> future, DocumentDeclaration document) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return internalError(document, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tracking pass interrupted", e);
        }
    }

    /** DocumentTracking records every expected failure itself; this is a defect, still reported per document. */
    private static DocumentOutcome internalError(DocumentDeclaration document, Throwable defect) {
        return DocumentOutcome.failed(
                document.service(),
                document.termsType(),
                Failure.of(FailureClass.INTERNAL_ERROR, "internal error: " + defect));
    }
}
