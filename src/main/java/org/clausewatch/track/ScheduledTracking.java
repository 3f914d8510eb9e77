package org.clausewatch.track;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.clausewatch.common.DocumentOutcome;
import org.clausewatch.common.TrackingReport;
import org.clausewatch.source.DocumentDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a tracking pass {@code firstAfter} the start and then {@code interval} after the end of each pass, one pass at a
 * time, and says when the next one is due.
 */
public final class ScheduledTracking implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledTracking.class);
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("tracking").daemon().factory());
    private final Clock clock;
    private final Duration interval;
    private final AtomicReference<Instant> next = new AtomicReference<>();

    /** Declarations are re-read before every pass, so edits to the folder take effect without a restart. */
    public ScheduledTracking(
            Tracker tracker,
            Supplier<List<DocumentDeclaration>> declarations,
            Duration firstAfter,
            Duration interval,
            Clock clock) {
        this.clock = clock;
        this.interval = interval;
        next.set(clock.instant().plus(firstAfter));
        executor.scheduleWithFixedDelay(
                () -> pass(tracker, declarations), firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the next pass starts; while a pass runs, when the one after it will start at the earliest. */
    public Instant nextPass() {
        return next.get();
    }

    private void pass(Tracker tracker, Supplier<List<DocumentDeclaration>> declarations) {
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
        } finally {
            next.set(clock.instant().plus(interval));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
