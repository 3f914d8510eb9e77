package org.clausewatch.alert;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewatch.account.Secrets;
import org.clausewatch.account.User;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.store.Transaction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Subscriptions in explicit SQL: created within the user's plan limit and with webhook addresses checked, listed
 * per user, and deleted softly so that their delivery history stays readable.
 */
public final class Subscriptions {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS =
            "id, user_id, services, documents, topics, lineages, min_severity, significance, "
                    + "channel_type, channel_target, webhook_secret, webhook_private, feed_token, mode, created_at";

    private final Jdbi reads;
    private final Jdbi writes;
    private final Clock clock;
    private final int defaultServiceLimit;
    private final WebhookGuard guard;

    Subscriptions(Jdbi reads, Jdbi writes, Clock clock, int defaultServiceLimit, WebhookGuard guard) {
        this.reads = reads;
        this.writes = writes;
        this.clock = clock;
        this.defaultServiceLimit = defaultServiceLimit;
        this.guard = guard;
    }

    /** A new subscription, with the feed token when it is a feed (shown once: only its digest is kept). */
    public record Created(Subscription subscription, Optional<String> feedToken) {}

    public Created create(User user, SubscriptionRequest request) {
        if (request.channel() instanceof Channel.Webhook webhook) {
            try {
                guard.check(webhook.url());
            } catch (IOException e) {
                throw new InvalidSubscriptionException("channel.url", e.getMessage());
            }
        }
        Optional<String> feedToken =
                request.channel() instanceof Channel.Feed ? Optional.of(Secrets.generate("cwf_")) : Optional.empty();
        int limit = user.serviceLimit().orElse(defaultServiceLimit);
        return writes.inTransaction(handle -> {
            Set<String> watched = watchedServices(handle, user.id());
            request.filter().services().forEach(s -> watched.add(s.toLowerCase(Locale.ROOT)));
            if (watched.size() > limit) {
                throw new PlanLimitException(limit, watched.size());
            }
            long id = insert(handle, user.id(), request, feedToken);
            return new Created(byId(handle, id).orElseThrow(), feedToken);
        });
    }

    /** The user's subscriptions, oldest first. */
    public List<Subscription> of(long userId) {
        return reads.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM subscriptions WHERE user_id = :user AND deleted_at IS NULL ORDER BY id")
                .bind("user", userId)
                .map((rs, ctx) -> subscription(rs))
                .list());
    }

    public Optional<Subscription> of(long userId, long id) {
        return reads.withHandle(handle -> byId(handle, id).filter(s -> s.userId() == userId));
    }

    /** Deletes the user's subscription; false when they have none with that id. Pending alerts are cancelled. */
    public boolean delete(long userId, long id) {
        return writes.inTransaction(handle -> {
            int deleted = handle.createUpdate("UPDATE subscriptions SET deleted_at = :at "
                            + "WHERE id = :id AND user_id = :user AND deleted_at IS NULL")
                    .bind("at", clock.millis())
                    .bind("id", id)
                    .bind("user", userId)
                    .execute();
            handle.createUpdate("UPDATE outbox SET status = 'cancelled' WHERE subscription_id = :id "
                            + "AND status IN ('pending', 'retrying')")
                    .bind("id", id)
                    .execute();
            return deleted == 1;
        });
    }

    /** The subscription whose private feed this token opens. */
    public Optional<Subscription> byFeedToken(String token) {
        return reads.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM subscriptions WHERE feed_token_sha256 = :digest AND deleted_at IS NULL")
                .bind("digest", Secrets.digest(token))
                .map((rs, ctx) -> subscription(rs))
                .findOne());
    }

    /** Every live subscription, read inside the transaction that records a change. */
    static List<Subscription> active(Transaction transaction) {
        return transaction.query(
                "SELECT " + COLUMNS + " FROM subscriptions WHERE deleted_at IS NULL ORDER BY id",
                Map.of(),
                Subscriptions::subscription);
    }

    static Optional<Subscription> byId(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM subscriptions WHERE id = :id AND deleted_at IS NULL")
                .bind("id", id)
                .map((rs, ctx) -> subscription(rs))
                .findOne();
    }

    private static Set<String> watchedServices(Handle handle, long userId) {
        Set<String> services = new HashSet<>();
        handle.createQuery("SELECT services FROM subscriptions WHERE user_id = :user AND deleted_at IS NULL")
                .bind("user", userId)
                .mapTo(String.class)
                .forEach(json -> strings(json).forEach(s -> services.add(s.toLowerCase(Locale.ROOT))));
        return services;
    }

    private long insert(Handle handle, long userId, SubscriptionRequest request, Optional<String> feedToken) {
        Filter filter = request.filter();
        return handle.createQuery("INSERT INTO subscriptions (user_id, services, documents, topics, lineages, "
                        + "min_severity, significance, channel_type, channel_target, webhook_secret, webhook_private, "
                        + "feed_token_sha256, feed_token, mode, created_at) VALUES (:user, :services, :documents, :topics, "
                        + ":lineages, :severity, :significance, :type, :target, :secret, :private, :feed, :token, :mode, "
                        + ":at) "
                        + "RETURNING id")
                .bind("user", userId)
                .bind("services", JSON.writeValueAsString(new java.util.TreeSet<>(filter.services())))
                .bind("documents", JSON.writeValueAsString(new java.util.TreeSet<>(filter.documents())))
                .bind("topics", JSON.writeValueAsString(new java.util.TreeSet<>(filter.topics())))
                .bind("lineages", JSON.writeValueAsString(new java.util.TreeSet<>(filter.lineages())))
                .bind("severity", filter.minSeverity().map(Labels::of).orElse(null))
                .bind("significance", Labels.of(filter.minorToo() ? Significance.MINOR : Significance.SUBSTANTIVE))
                .bind("type", request.channel().type())
                .bind("target", target(request.channel()))
                .bind("secret", request.channel() instanceof Channel.Webhook w ? w.secret() : null)
                .bind("private", request.channel() instanceof Channel.Webhook && guard.allowsPrivateAddresses())
                .bind("feed", feedToken.map(Secrets::digest).orElse(null))
                .bind("token", feedToken.orElse(null))
                .bind("mode", request.mode().label())
                .bind("at", clock.millis())
                .mapTo(Long.class)
                .one();
    }

    private static String target(Channel channel) {
        return switch (channel) {
            case Channel.Email email -> email.address();
            case Channel.Webhook webhook -> webhook.url().toString();
            case Channel.Feed feed -> null;
        };
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        String severity = rs.getString("min_severity");
        Filter filter = new Filter(
                new java.util.LinkedHashSet<>(strings(rs.getString("services"))),
                new java.util.LinkedHashSet<>(strings(rs.getString("documents"))),
                new java.util.LinkedHashSet<>(strings(rs.getString("topics"))),
                Optional.ofNullable(severity).map(s -> stored(Severity.class, s)),
                stored(Significance.class, rs.getString("significance")) == Significance.MINOR,
                new java.util.LinkedHashSet<>(strings(rs.getString("lineages"))));
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("user_id"),
                filter,
                channel(rs),
                Mode.parse(rs.getString("mode")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    /** The constant of {@code type} a column of this table holds under its label. */
    private static <E extends Enum<E>> E stored(Class<E> type, String label) {
        return Labels.parse(type, label)
                .orElseThrow(() -> new IllegalStateException(
                        "subscriptions: '" + label + "' is not a " + type.getSimpleName() + " label"));
    }

    private static Channel channel(ResultSet rs) throws SQLException {
        String target = rs.getString("channel_target");
        return switch (rs.getString("channel_type")) {
            case "email" -> new Channel.Email(target);
            case "webhook" ->
                new Channel.Webhook(
                        java.net.URI.create(target), rs.getString("webhook_secret"), rs.getBoolean("webhook_private"));
            case "feed" -> new Channel.Feed(Optional.ofNullable(rs.getString("feed_token")));
            default -> throw new IllegalStateException("unknown channel type " + rs.getString("channel_type"));
        };
    }

    private static List<String> strings(String json) {
        return JSON.readValue(json, STRINGS);
    }
}
