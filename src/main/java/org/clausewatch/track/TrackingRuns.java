package org.clausewatch.track;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.clausewatch.source.DocumentDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracking passes started on request, in the background, one at a time: a second request waits behind the first
 * rather than fetching the same hosts twice.
 */
public final class TrackingRuns implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingRuns.class);

    /** How long closing waits for an interrupted pass to stop, so that the store does not close under it. */
    private static final Duration STOPPING = Duration.ofSeconds(30);

    private final Supplier<Tracker> tracker;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("tracking-run").factory());

    /** {@code tracker} is asked for at the first run, so that a server never asked to track builds no fetcher. */
    public TrackingRuns(Supplier<Tracker> tracker) {
        this.tracker = tracker;
    }

    /** Queues a pass over {@code documents}; a pass that fails is logged, as a scheduled one is. */
    public void start(List<DocumentDeclaration> documents) {
        runs.submit(() -> {
            try {
                tracker.get().track(documents);
            } catch (RuntimeException e) {
                LOG.error("tracking run of {} documents failed", documents.size(), e);
            }
        });
    }

    /** Interrupts the pass under way, drops the queued ones, and waits a while for the pass to stop. */
    @Override
    public void close() throws InterruptedException {
        runs.shutdownNow();
        runs.awaitTermination(STOPPING.toMillis(), TimeUnit.MILLISECONDS);
    }
}
