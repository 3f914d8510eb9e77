package org.clausewatch.track;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Progress;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.extract.Extractor;
import org.clausewatch.fetch.HttpFetcher;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.store.Store;
import org.clausewatch.version.Versioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tracking passes. Every document is tracked on its own virtual thread; the fetcher keeps requests to one
 * host sequential and spaced, so documents of different hosts proceed in parallel.
 */
public final class Tracker {
    private static final Logger LOG = LoggerFactory.getLogger(Tracker.class);
    private final TrackerParts parts;
    private final List<Consumer<TrackingReport>> afterPass = new CopyOnWriteArrayList<>();

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

    /**
     * Runs {@code work} with the report of every pass, once the pass has recorded everything; an exception it throws
     * is logged and never reaches the pass's caller, since what the pass recorded stands.
     */
    public void afterEachPass(Consumer<TrackingReport> work) {
        afterPass.add(work);
    }

    /** One pass over {@code documents}; never throws for a document's failure, which is recorded and reported. */
    public TrackingReport track(List<DocumentDeclaration> documents) {
        return track(documents, Progress.NONE);
    }

    /** The same, telling {@code progress} of each document as it is done. */
    public TrackingReport track(List<DocumentDeclaration> documents, Progress progress) {
        Instant start = parts.clock().instant();
        List<DocumentDeclaration> ordered = documents.stream()
                .sorted(Comparator.comparing(DocumentDeclaration::service)
                        .thenComparing(DocumentDeclaration::termsType))
                .toList();
        progress.begin(ordered.size(), "documents");
        List<DocumentOutcome> outcomes = runAll(ordered, progress);
        TrackingReport report = new TrackingReport(
                outcomes, Duration.between(start, parts.clock().instant()));
        afterPass.forEach(work -> afterPass(work, report));
        return report;
    }

    private static void afterPass(Consumer<TrackingReport> work, TrackingReport report) {
        try {
            work.accept(report);
        } catch (RuntimeException e) {
            LOG.error("work after a tracking pass failed", e);
        }
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

    private List<DocumentOutcome> runAll(List<DocumentDeclaration> documents, Progress progress) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<DocumentOutcome>> futures = new ArrayList<>();
            for (DocumentDeclaration document : documents) {
                futures.add(executor.submit(() -> {
                    try {
                        return new DocumentTracking(parts, document).run();
                    } finally {
                        progress.advance(1, document.service() + " / " + document.termsType());
                    }
                }));
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
