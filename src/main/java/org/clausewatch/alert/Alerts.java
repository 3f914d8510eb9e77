package org.clausewatch.alert;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.store.Store;
import org.jdbi.v3.core.Jdbi;

/**
 * The alerting capability, assembled: subscriptions, the outbox written with every change record, the delivery
 * worker and the private feeds. Registering with the store is what makes a change record write its alerts.
 */
public final class Alerts implements AutoCloseable {
    /** Where links point before {@code serve} listens, or from a command that serves nothing: serve's default address. */
    static final URI SERVE_DEFAULT = URI.create("http://127.0.0.1:8080/");

    private final AlertConfig config;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final Outbox outbox;
    private final Webhooks webhooks;
    private final DeliveryWorker worker;
    private final AtomicReference<URI> baseUrl;

    /** {@code taxonomy} is asked for only when a change is alerted, so that commands recording none never load it. */
    public Alerts(Jdbi reads, Jdbi writes, Store store, AlertConfig config, Supplier<Taxonomy> taxonomy, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.baseUrl = new AtomicReference<>(config.baseUrl().orElse(SERVE_DEFAULT));
        WebhookGuard guard = new WebhookGuard(config.allowPrivateWebhooks(), config.webhookAllowHosts());
        this.subscriptions = new Subscriptions(reads, writes, clock, config.defaultServiceLimit(), guard);
        this.outbox = new Outbox(reads, writes, store.dialect());
        this.webhooks = new Webhooks(guard);
        Map<String, Sender> senders = new HashMap<>();
        senders.put("webhook", webhooks);
        config.smtp().ifPresent(smtp -> senders.put("email", new Mailer(smtp)));
        this.worker = new DeliveryWorker(reads, outbox, senders, config.retries(), clock);
        store.onChangeRecorded(new OutboxWriter(clock, config.digests(), taxonomy, this::baseUrl));
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

    /**
     * Where links in alerts and feed addresses point: {@code base-url} when it is set, else the address {@code serve}
     * listens on once it does ({@link #listeningOn}), and before that (or in a command that serves nothing, such as
     * {@code track}) {@code serve}'s default address.
     */
    public URI baseUrl() {
        return baseUrl.get();
    }

    /**
     * Tells where {@code serve} actually listens (port 0 picks one), which links point to unless {@code base-url} is
     * set. A wildcard address is reached by the machine's name.
     */
    public void listeningOn(String host, int port) {
        if (config.baseUrl().isEmpty()) {
            baseUrl.set(address(host, port));
        }
    }

    /** The private address of a feed subscription's Atom feed; empty for other channels (and old feeds, see V15). */
    public Optional<String> feedUrl(Subscription subscription) {
        return subscription.channel() instanceof Channel.Feed feed
                ? feed.token().map(token -> AlertJson.link(baseUrl(), "feeds/" + token))
                : Optional.empty();
    }

    /**
     * What the subscriber should know at once about a subscription that ClauseWatch cannot serve as configured: an
     * e-mail subscription while no SMTP server is set. Empty when nothing stands in the way.
     */
    public List<String> warnings(Subscription subscription) {
        if (subscription.channel() instanceof Channel.Email && config.smtp().isEmpty()) {
            return List.of("No SMTP server is configured (smtp-host), so no e-mail can be sent yet: each alert of this "
                    + "subscription is tried " + config.retries().attempts() + " times and then kept as dead in its "
                    + "delivery history. Ask an administrator to set smtp-host, or choose a webhook or feed.");
        }
        return List.of();
    }

    /** The Atom feed behind a feed token, or empty when the token opens no feed. */
    public Optional<String> feed(String token) {
        return subscriptions.byFeedToken(token).map(subscription -> {
            List<Outbox.Row> alerts = outbox.ofSubscription(subscription.id(), 100);
            return AtomFeed.write(subscription, alerts, Instant.now(clock));
        });
    }

    /** The {@code base-url} of a server listening on {@code host}:{@code port}. */
    static URI address(String host, int port) {
        String name = host;
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            name = machineName();
        } else if (host.contains(":") && !host.startsWith("[")) {
            name = "[" + host + "]";
        }
        return URI.create("http://" + name + ":" + port + "/");
    }

    private static String machineName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // no name of its own: the machine itself can still follow the links
            return "localhost";
        }
    }

    @Override
    public void close() {
        worker.close();
        webhooks.close();
    }
}
