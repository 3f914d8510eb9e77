package org.clausewatch.coordination;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.clausewatch.fetch.FetchSharing;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's part in work shared through PostgreSQL: its name among the workers, the passes it claims jobs of,
 * the politeness it shares, and the heartbeat that keeps its leases while it lives. Closing it stops the heartbeat.
 */
public final class Coordination implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Coordination.class);

    private final String worker;
    private final Duration lease;
    private final Jdbi jdbi;
    private final Passes passes;
    private final SharedFetching fetching;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("clausewatch-heartbeat").daemon().factory());

    /** {@code lease}: how long a job or a host turn stays this process's after its last heartbeat. */
    public Coordination(Jdbi jdbi, Duration lease) {
        if (lease.isNegative() || lease.toMillis() < 100) {
            throw new IllegalArgumentException("tracking lease must be at least 100 ms, not " + lease);
        }
        this.jdbi = jdbi;
        this.lease = lease;
        this.worker = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.passes = new Passes(jdbi, worker, lease);
        this.fetching = new SharedFetching(jdbi, worker, lease);
        long beat = Math.max(lease.toMillis() / 3, 1);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    /** The name this process's claims and turns carry: process id, host and a random suffix. */
    public String worker() {
        return worker;
    }

    public Duration lease() {
        return lease;
    }

    public Passes passes() {
        return passes;
    }

    /** Host turns and robots.txt answers, for the fetcher. */
    public FetchSharing fetchSharing() {
        return fetching;
    }

    private void beat() {
        try {
            jdbi.useTransaction(handle -> {
                passes.renew(handle);
                fetching.renew(handle);
            });
        } catch (RuntimeException e) {
            // The next beat tries again; a lease that lapses meanwhile only lets another process redo the job.
            LOG.warn("could not renew the leases of {}: {}", worker, e.getMessage());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
