package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.API;
import static org.clausewatch.web.Route.Kind.FEED;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import org.clausewatch.alert.Alerts;
import org.clausewatch.alert.Channel;
import org.clausewatch.alert.Outbox;
import org.clausewatch.alert.Subscription;
import org.clausewatch.alert.SubscriptionRequest;
import org.clausewatch.alert.Subscriptions;
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/subscriptions}: analysts and admins create, list and delete their own subscriptions and read
 * each one's delivery history; {@code /feeds/{token}} serves a feed subscription's private Atom feed.
 */
public final class SubscriptionRoutes implements RouteGroup {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HISTORY = 100;

    private final Alerts alerts;
    private final ApiAuth auth;
    private final Vocabulary vocabulary;

    /** {@code vocabulary}: the topics and services a subscription may name. */
    public SubscriptionRoutes(Alerts alerts, Accounts accounts, Vocabulary vocabulary) {
        this.alerts = alerts;
        this.auth = new ApiAuth(accounts);
        this.vocabulary = vocabulary;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post(
                        "/api/v1/subscriptions",
                        API,
                        "Creates a subscription",
                        auth.require(Role.ANALYST, this::create)),
                Route.get(
                        "/api/v1/subscriptions",
                        API,
                        "The caller's subscriptions",
                        auth.require(Role.ANALYST, this::list)),
                Route.get(
                        "/api/v1/subscriptions/{id}", API, "One subscription", auth.require(Role.ANALYST, this::show)),
                Route.delete(
                        "/api/v1/subscriptions/{id}",
                        API,
                        "Deletes a subscription",
                        auth.require(Role.ANALYST, this::delete)),
                Route.get(
                        "/api/v1/subscriptions/{id}/deliveries",
                        API,
                        "A subscription's delivery history",
                        auth.require(Role.ANALYST, this::deliveries)),
                Route.get("/feeds/{token}", FEED, "A feed subscription's private Atom feed", this::feed));
    }

    private void create(Context ctx, User user) {
        SubscriptionRequest request = SubscriptionRequest.parse(JSON.readTree(ctx.body()), vocabulary);
        Subscriptions.Created created = alerts.subscriptions().create(user, request);
        Map<String, Object> body = json(created.subscription());
        List<String> warnings = alerts.warnings(created.subscription());
        if (!warnings.isEmpty()) {
            body.put("warnings", warnings);
        }
        ctx.status(201)
                .header(
                        "Location",
                        "/api/v1/subscriptions/" + created.subscription().id());
        send(ctx, body);
    }

    private void list(Context ctx, User user) {
        List<Map<String, Object>> list = new ArrayList<>();
        alerts.subscriptions().of(user.id()).forEach(s -> list.add(json(s)));
        send(ctx, Map.of("subscriptions", list));
    }

    private void show(Context ctx, User user) {
        Optional<Subscription> subscription = own(ctx, user);
        subscription.ifPresent(s -> send(ctx, json(s)));
    }

    private void delete(Context ctx, User user) {
        if (own(ctx, user).isPresent() && alerts.subscriptions().delete(user.id(), id(ctx))) {
            ctx.status(204);
        }
    }

    private void deliveries(Context ctx, User user) {
        if (own(ctx, user).isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Outbox.Row row : alerts.outbox().ofSubscription(id(ctx), HISTORY)) {
            rows.add(delivery(row));
        }
        send(ctx, Map.of("deliveries", rows));
    }

    private void feed(Context ctx) {
        Optional<String> feed = alerts.feed(ctx.pathParam("token"));
        if (feed.isEmpty()) {
            Problems.answer(ctx, 404, "no-such-feed", "No such feed", "this feed address is unknown or was deleted");
            return;
        }
        ctx.contentType("application/atom+xml; charset=utf-8").result(feed.orElseThrow());
    }

    /** The caller's subscription named in the path; answers 404 (also for someone else's) when there is none. */
    private Optional<Subscription> own(Context ctx, User user) {
        Optional<Subscription> subscription = alerts.subscriptions().of(user.id(), id(ctx));
        if (subscription.isEmpty()) {
            Problems.answer(
                    ctx,
                    404,
                    "no-such-subscription",
                    "No such subscription",
                    "you have no subscription " + ctx.pathParam("id"));
        }
        return subscription;
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("subscription id '" + id + "' is not a number", e);
        }
    }

    private Map<String, Object> json(Subscription s) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", s.id());
        node.put("services", new TreeSet<>(s.filter().services()));
        node.put("documents", new TreeSet<>(s.filter().documents()));
        node.put("topics", new TreeSet<>(s.filter().topics()));
        node.put("lineages", new TreeSet<>(s.filter().lineages()));
        node.put("minSeverity", s.filter().minSeverity().map(Labels::of).orElse(null));
        node.put("significance", Labels.of(s.filter().minorToo() ? Significance.MINOR : Significance.SUBSTANTIVE));
        node.put("channel", channel(s.channel()));
        node.put("mode", s.mode().label());
        node.put("createdAt", s.createdAt().toString());
        node.put("deliveries", "/api/v1/subscriptions/" + s.id() + "/deliveries");
        alerts.feedUrl(s).ifPresent(url -> node.put("feedUrl", url));
        return node;
    }

    /** Never echoes the webhook secret. */
    private static Map<String, Object> channel(Channel channel) {
        return switch (channel) {
            case Channel.Email email -> Map.of("type", "email", "address", email.address());
            case Channel.Webhook webhook ->
                Map.of("type", "webhook", "url", webhook.url().toString());
            case Channel.Feed feed -> Map.of("type", "feed");
        };
    }

    private Map<String, Object> delivery(Outbox.Row row) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("idempotencyKey", row.idempotencyKey());
        node.put("changeId", row.changeId());
        node.put("status", row.status().label());
        node.put("attempts", row.attempts());
        node.put("createdAt", row.createdAt().toString());
        node.put("dueAt", row.dueAt().toString());
        node.put("deliveredAt", row.deliveredAt().map(Object::toString).orElse(null));
        node.put("lastError", row.lastError().orElse(null));
        List<Map<String, Object>> attempts = new ArrayList<>();
        alerts.outbox()
                .attempts(row.id())
                .forEach(a ->
                        attempts.add(Map.of("at", a.at().toString(), "outcome", a.outcome(), "detail", a.detail())));
        node.put("history", attempts);
        return node;
    }

    private static void send(Context ctx, Object value) {
        ctx.contentType("application/json").result(JSON.writeValueAsString(value));
    }
}
