package org.clausewatch.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Sends due alerts from the outbox: one message per immediate alert, one per digest (the alerts sharing a digest
 * key). An alert is marked delivered only after its channel accepted it, so a crash in between sends it again
 * with the same idempotency key: receivers de-duplicate, nothing is lost. Several workers (in one process or
 * several) may share a database: each claims an alert before sending it, for a lease long enough for one send,
 * and a claim left behind by a crashed worker lapses at the end of its lease.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 200;

    /** Longer than any one send can take (a webhook times out after 15 s), short enough to retry a crash soon. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final Jdbi reads;
    private final Outbox outbox;
    private final Map<String, Sender> senders;
    private final RetryPolicy retries;
    private final Clock clock;
    private final String name = "worker-" + UUID.randomUUID();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("alert-delivery").daemon().factory());

    DeliveryWorker(Jdbi reads, Outbox outbox, Map<String, Sender> senders, RetryPolicy retries, Clock clock) {
        this.reads = reads;
        this.outbox = outbox;
        this.senders = Map.copyOf(senders);
        this.retries = retries;
        this.clock = clock;
    }

    /** Delivers what is due every {@code interval}, until closed. */
    public DeliveryWorker every(Duration interval) {
        executor.scheduleWithFixedDelay(this::runQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Delivers everything due now that no other worker has claimed; returns how many messages were attempted. */
    public int deliverDue() {
        int attempted = 0;
        for (String key : outbox.dueKeys(clock.instant(), BATCH)) {
            Instant now = clock.instant();
            List<Outbox.Row> rows = outbox.claim(key, name, now, now.plus(LEASE));
            if (!rows.isEmpty()) {
                deliver(key, rows, now);
                attempted++;
            }
        }
        return attempted;
    }

    private void deliver(String key, List<Outbox.Row> rows, Instant now) {
        Optional<Subscription> subscription = reads.withHandle(
                handle -> Subscriptions.byId(handle, rows.getFirst().subscriptionId()));
        if (subscription.isEmpty()) {
            return;
        }
        Subscription target = subscription.orElseThrow();
        Sender sender = senders.get(target.channel().type());
        try {
            if (sender == null) {
                throw new IOException(
                        "no " + target.channel().type() + " channel is configured (for e-mail, set smtp-host)");
            }
            sender.send(target, message(key, target, rows));
            outbox.delivered(rows, now, "sent " + key);
        } catch (IOException | RuntimeException e) {
            int failures = rows.getFirst().attempts() + 1;
            Optional<Instant> retryAt = retries.retryAt(failures, now);
            outbox.failed(rows, now, String.valueOf(e.getMessage()), retryAt);
            LOG.warn(
                    "alert {} attempt {} failed ({}): {}",
                    key,
                    failures,
                    retryAt.isPresent() ? "will retry" : "dead",
                    e.getMessage());
        }
    }

    private static Message message(String key, Subscription subscription, List<Outbox.Row> rows) {
        List<JsonNode> alerts =
                rows.stream().map(row -> AlertJson.JSON.readTree(row.payload())).toList();
        return subscription.mode() == Mode.IMMEDIATE
                ? Messages.alert(key, alerts.getFirst())
                : Messages.digest(key, subscription, alerts);
    }

    private void runQuietly() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // A failing round must not end the schedule: the outbox keeps everything for the next one.
            LOG.error("alert delivery round failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
