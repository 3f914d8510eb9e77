package org.clausewatch.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.store.Store;
import org.jdbi.v3.core.Jdbi;

/**
 * The alerting capability, assembled: subscriptions, the outbox written with every change record, the delivery
 * worker and the private feeds. Registering with the store is what makes a change record write its alerts.
 */
public final class Alerts implements AutoCloseable {
    private final AlertConfig config;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final Webhooks webhooks;
    private final DeliveryWorker worker;

    public Alerts(Jdbi reads, Jdbi writes, Store store, AlertConfig config, Taxonomy taxonomy, Clock clock) {
        this.config = config;
        this.clock = clock;
        WebhookGuard guard = new WebhookGuard(config.allowPrivateWebhooks(), config.webhookAllowHosts());
        this.subscriptions = new Subscriptions(reads, writes, clock, config.defaultServiceLimit(), guard);
        this.outbox = new Outbox(reads, writes, store.dialect());
        this.webhooks = new Webhooks(guard);
        Map<String, Sender> senders = new HashMap<>();
        senders.put("webhook", webhooks);
        config.smtp().ifPresent(smtp -> senders.put("email", new Mailer(smtp)));
        this.worker = new DeliveryWorker(reads, outbox, senders, config.retries(), clock);
        store.onChangeRecorded(new OutboxWriter(clock, config.digests(), taxonomy, config.baseUrl()));
    }

    public Subscriptions subscriptions() {
        return subscriptions;
    }

    public Outbox outbox() {
        return outbox;
    }

    public DeliveryWorker worker() {
        return worker;
    }

    public AlertConfig config() {
        return config;
    }

    /** The Atom feed behind a feed token, or empty when the token opens no feed. */
    public Optional<String> feed(String token) {
        return subscriptions.byFeedToken(token).map(subscription -> {
            List<Outbox.Row> alerts = outbox.ofSubscription(subscription.id(), 100);
            return AtomFeed.write(subscription, alerts, Instant.now(clock));
        });
    }

    @Override
    public void close() {
        worker.close();
        webhooks.close();
    }
}
