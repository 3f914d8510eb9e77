package org.clausewatch.track;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.source.DocumentDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a tracking pass at start and then every {@code interval}, one pass at a time. */
public final class ScheduledTracking implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTracking.class);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tracking").daemon().factory());

    /** Declarations are re-read before every pass, so edits to the folder take effect without a restart. */
    public ScheduledTracking(Tracker tracker, Supplier<List<DocumentDeclaration>> declarations, Duration interval) {
        executor.scheduleWithFixedDelay(
                () -> pass(tracker, declarations), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void pass(Tracker tracker, Supplier<List<DocumentDeclaration>> declarations) {
        try {
            TrackingReport report = tracker.track(declarations.get());
            LOG.info(
                    "tracking pass: {} documents, {} new versions, {} failed, {} ms",
                    report.documents().size(),
                    report.count(DocumentOutcome.Outcome.NEW_VERSION),
                    report.count(DocumentOutcome.Outcome.FAILED),
                    report.elapsed().toMillis());
        } catch (RuntimeException e) {
            // A pass that dies must not end the schedule: the next pass retries everything.
            LOG.error("tracking pass failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
