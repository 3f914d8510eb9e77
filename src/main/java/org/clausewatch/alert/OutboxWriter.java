package org.clausewatch.alert;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.clausewatch.store.ChangeListener;
import org.clausewatch.store.ChangeRow;
import org.jdbi.v3.core.Handle;

/**
 * Writes one outbox row per matching subscription inside the transaction that records the change: the alert exists
 * exactly when the change does, so a crash can delay an alert but not lose it. Immediate alerts are due at once,
 * digest alerts at their next digest slot; a feed's alerts are published on the spot (the feed reads them).
 */
public final class OutboxWriter implements ChangeListener {
    private final Clock clock;
    private final DigestSchedule digests;
    private final URI baseUrl;

    public OutboxWriter(Clock clock, DigestSchedule digests, URI baseUrl) {
        this.clock = clock;
        this.digests = digests;
        this.baseUrl = baseUrl;
    }

    @Override
    public void recorded(Handle handle, ChangeRow change) {
        ChangeFacts facts = Facts.of(change);
        if (!Matching.isAlertable(facts)) {
            return;
        }
        Instant now = clock.instant();
        for (Subscription subscription : Subscriptions.active(handle)) {
            if (Matching.matches(subscription.filter(), facts)) {
                write(handle, subscription, facts, now);
            }
        }
    }

    private void write(Handle handle, Subscription subscription, ChangeFacts facts, Instant now) {
        String key = AlertJson.idempotencyKey(subscription.id(), facts.changeId());
        boolean feed = subscription.channel() instanceof Channel.Feed;
        Instant due = subscription.mode() == Mode.IMMEDIATE ? now : digests.next(subscription.mode(), now);
        String digestKey = subscription.mode() == Mode.IMMEDIATE
                ? null
                : "cw-" + subscription.mode().label() + "-" + subscription.id() + "-" + due.getEpochSecond();
        handle.createUpdate("INSERT INTO outbox (subscription_id, change_id, idempotency_key, digest_key, payload, "
                        + "status, attempts, due_at, created_at, delivered_at) VALUES (:subscription, :change, :key, "
                        + ":digest, :payload, :status, 0, :due, :now, :delivered)")
                .bind("subscription", subscription.id())
                .bind("change", facts.changeId())
                .bind("key", key)
                .bind("digest", digestKey)
                .bind(
                        "payload",
                        AlertJson.alert(key, subscription, facts, baseUrl).toString())
                .bind("status", feed ? Outbox.Status.PUBLISHED.label() : Outbox.Status.PENDING.label())
                .bind("due", due.toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("delivered", feed ? (Long) now.toEpochMilli() : null)
                .execute();
    }
}
