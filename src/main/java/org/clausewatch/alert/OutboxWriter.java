package org.clausewatch.alert;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.store.ChangeListener;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.Transaction;

/**
 * Writes one outbox row per matching subscription inside the transaction that records the change: the alert exists
 * exactly when the change does, so a crash can delay an alert but not lose it. Immediate alerts are due at once,
 * digest alerts at their next digest slot; a feed's alerts are published on the spot (the feed reads them).
 */
public final class OutboxWriter implements ChangeListener {
    private final Clock clock;
    private final DigestSchedule digests;
    private final Supplier<Taxonomy> taxonomy;
    private final Supplier<URI> baseUrl;

    public OutboxWriter(Clock clock, DigestSchedule digests, Supplier<Taxonomy> taxonomy, Supplier<URI> baseUrl) {
        this.clock = clock;
        this.digests = digests;
        this.taxonomy = taxonomy;
        this.baseUrl = baseUrl;
    }

    @Override
    public void recorded(ChangeRow change, Transaction transaction) {
        ChangeFacts facts = Facts.of(change);
        if (!Matching.isAlertable(facts)) {
            return;
        }
        Instant now = clock.instant();
        for (Subscription subscription : Subscriptions.active(transaction)) {
            if (Matching.matches(subscription.filter(), facts)) {
                write(transaction, subscription, facts, now);
            }
        }
    }

    private void write(Transaction transaction, Subscription subscription, ChangeFacts facts, Instant now) {
        String key = AlertJson.idempotencyKey(subscription.id(), facts.changeId());
        boolean feed = subscription.channel() instanceof Channel.Feed;
        Instant due = subscription.mode() == Mode.IMMEDIATE ? now : digests.next(subscription.mode(), now);
        String digestKey = subscription.mode() == Mode.IMMEDIATE
                ? null
                : "cw-" + subscription.mode().label() + "-" + subscription.id() + "-" + due.getEpochSecond();
        // a HashMap, because the digest key and the delivery time are NULL for some alerts
        Map<String, Object> row = new HashMap<>();
        row.put("subscription", subscription.id());
        row.put("change", facts.changeId());
        row.put("key", key);
        row.put("digest", digestKey);
        row.put(
                "payload",
                AlertJson.alert(key, subscription, facts, taxonomy.get(), baseUrl.get())
                        .toString());
        row.put("status", feed ? Outbox.Status.PUBLISHED.label() : Outbox.Status.PENDING.label());
        row.put("due", due.toEpochMilli());
        row.put("now", now.toEpochMilli());
        row.put("delivered", feed ? (Long) now.toEpochMilli() : null);
        transaction.update(
                "INSERT INTO outbox (subscription_id, change_id, idempotency_key, digest_key, payload, status, "
                        + "attempts, due_at, created_at, delivered_at) VALUES (:subscription, :change, :key, "
                        + ":digest, :payload, :status, 0, :due, :now, :delivered)",
                row);
    }
}
