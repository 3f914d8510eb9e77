package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.account.Sessions;
import org.clausewatch.alert.Alerts;
import org.clausewatch.alert.Channel;
import org.clausewatch.alert.InvalidSubscriptionException;
import org.clausewatch.alert.Outbox;
import org.clausewatch.alert.PlanLimitException;
import org.clausewatch.alert.Subscription;
import org.clausewatch.alert.SubscriptionRequest;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.change.Significance;
import org.clausewatch.common.Labels;
import org.clausewatch.knowledge.Taxonomy;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed-in user's pages: their account (password change, a new API key) for every role, and for analysts
 * and admins their subscriptions with each one's delivery history. Forms post back with the session's CSRF token.
 */
final class AccountPages {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int HISTORY = 100;

    private final Accounts accounts;
    private final Sessions sessions;
    private final Alerts alerts;
    private final Taxonomy taxonomy;
    private final SignedIn signedIn;
    private final Catalogue catalogue;

    AccountPages(
            Accounts accounts,
            Sessions sessions,
            Alerts alerts,
            Taxonomy taxonomy,
            SignedIn signedIn,
            Catalogue catalogue) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.alerts = alerts;
        this.taxonomy = taxonomy;
        this.signedIn = signedIn;
        this.catalogue = catalogue;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/account", PAGE, "The signed-in user's account", this::account),
                Route.post("/account/password", PAGE, "Changes the signed-in user's password", this::password),
                Route.post("/account/api-key", PAGE, "Replaces the signed-in user's API keys", this::apiKey),
                Route.get("/account/subscriptions", PAGE, "The signed-in user's subscriptions", this::subscriptions),
                Route.post("/account/subscriptions", PAGE, "Creates a subscription", this::subscribe),
                Route.get("/account/subscriptions/{id}", PAGE, "A subscription's delivery history", this::deliveries),
                Route.post("/account/subscriptions/{id}/delete", PAGE, "Deletes a subscription", this::unsubscribe));
    }

    private void account(Context ctx) {
        signedIn.require(ctx, Role.VIEWER, SignedIn.Check.READ, true)
                .ifPresent(session -> showAccount(ctx, session, 200, Optional.empty(), ""));
    }

    private void password(Context ctx) {
        Optional<Sessions.Session> session = signedIn.require(ctx, Role.VIEWER, SignedIn.Check.FORM, true);
        if (session.isEmpty()) {
            return;
        }
        Sessions.Session s = session.orElseThrow();
        try {
            accounts.changePassword(s.user().id(), ctx.formParam("current"), ctx.formParam("new"));
        } catch (IllegalArgumentException e) {
            showAccount(ctx, s, 422, Optional.empty(), e.getMessage());
            return;
        }
        // Whoever else holds a session of this user (a stolen cookie, another device) signs in again.
        sessions.closeOthers(s.user().id(), s.id());
        showAccount(ctx, s, 200, Optional.empty(), "Your password was changed.");
    }

    private void apiKey(Context ctx) {
        signedIn.require(ctx, Role.VIEWER, SignedIn.Check.FORM, false).ifPresent(session -> {
            String key = accounts.rotateApiKey(session.user().id());
            showAccount(ctx, session, 200, Optional.of(key), "");
        });
    }

    private void subscriptions(Context ctx) {
        signedIn.require(ctx, Role.ANALYST, SignedIn.Check.READ, false)
                .ifPresent(session -> showSubscriptions(ctx, session, 200, ""));
    }

    private void subscribe(Context ctx) {
        Optional<Sessions.Session> session = signedIn.require(ctx, Role.ANALYST, SignedIn.Check.FORM, false);
        if (session.isEmpty()) {
            return;
        }
        try {
            SubscriptionRequest request = SubscriptionRequest.parse(form(ctx), taxonomy);
            alerts.subscriptions().create(session.orElseThrow().user(), request);
            ctx.redirect("/account/subscriptions", HttpStatus.SEE_OTHER);
        } catch (InvalidSubscriptionException | PlanLimitException e) {
            showSubscriptions(ctx, session.orElseThrow(), 422, e.getMessage());
        }
    }

    private void deliveries(Context ctx) {
        Optional<Sessions.Session> session = signedIn.require(ctx, Role.ANALYST, SignedIn.Check.READ, false);
        if (session.isEmpty()) {
            return;
        }
        Sessions.Session s = session.orElseThrow();
        Optional<Subscription> subscription =
                id(ctx).flatMap(id -> alerts.subscriptions().of(s.user().id(), id));
        if (subscription.isEmpty()) {
            signedIn.refuse(ctx, 404, "No such subscription", "You have no subscription " + ctx.pathParam("id") + ".");
            return;
        }
        Subscription target = subscription.orElseThrow();
        List<AccountViews.Delivery> rows = alerts.outbox().ofSubscription(target.id(), HISTORY).stream()
                .map(AccountPages::delivery)
                .toList();
        signedIn.render(
                ctx,
                200,
                "deliveries.jte",
                new AccountViews.Deliveries(line(target), s.user().email(), s.csrfToken(), rows));
    }

    private void unsubscribe(Context ctx) {
        signedIn.require(ctx, Role.ANALYST, SignedIn.Check.FORM, false).ifPresent(session -> {
            id(ctx).ifPresent(id -> alerts.subscriptions().delete(session.user().id(), id));
            ctx.redirect("/account/subscriptions", HttpStatus.SEE_OTHER);
        });
    }

    private void showAccount(Context ctx, Sessions.Session s, int status, Optional<String> newKey, String message) {
        signedIn.render(
                ctx,
                status,
                "account.jte",
                new AccountViews.Account(
                        s.user().email(),
                        s.user().role().label(),
                        s.csrfToken(),
                        accounts.mustChangePassword(s.user().id()),
                        s.user().can(Role.ANALYST),
                        newKey,
                        message));
    }

    private void showSubscriptions(Context ctx, Sessions.Session s, int status, String message) {
        List<AccountViews.SubscriptionLine> lines = alerts
                .subscriptions()
                .of(s.user().id())
                .stream()
                .map(this::line)
                .toList();
        signedIn.render(
                ctx,
                status,
                "subscriptions.jte",
                new AccountViews.Subscriptions(s.user().email(), s.csrfToken(), lines, message));
    }

    private AccountViews.SubscriptionLine line(Subscription s) {
        return new AccountViews.SubscriptionLine(
                s.id(),
                String.join(", ", new TreeSet<>(s.filter().services())),
                s.filter().documents().isEmpty()
                        ? "all documents"
                        : String.join(", ", new TreeSet<>(s.filter().documents())),
                s.filter().topics().isEmpty()
                        ? "any topic"
                        : String.join(", ", new TreeSet<>(s.filter().topics())),
                new TreeSet<>(s.filter().lineages())
                        .stream()
                                .map(lineage -> WatchPages.watched(catalogue, lineage))
                                .toList(),
                target(s.channel()),
                s.mode().label());
    }

    private static AccountViews.Delivery delivery(Outbox.Row row) {
        return new AccountViews.Delivery(
                row.changeId(),
                "/changes/" + row.changeId(),
                row.status().label(),
                row.attempts(),
                row.createdAt().toString(),
                row.dueAt().toString(),
                row.deliveredAt().map(Object::toString).orElse("—"),
                row.lastError().orElse(""),
                row.idempotencyKey());
    }

    private static String target(Channel channel) {
        return switch (channel) {
            case Channel.Email email -> "e-mail " + email.address();
            case Channel.Webhook webhook -> "webhook " + webhook.url();
            case Channel.Feed feed -> "feed";
        };
    }

    /** The path's subscription id; empty when it is not a number (no such subscription, then). */
    private static Optional<Long> id(Context ctx) {
        try {
            return Optional.of(Long.parseLong(ctx.pathParam("id")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The form as the JSON the API takes, so both paths share one validation. */
    private static ObjectNode form(Context ctx) {
        ObjectNode json = JSON.createObjectNode();
        json.set("services", list(ctx.formParam("services")));
        json.set("documents", list(ctx.formParam("documents")));
        json.put(
                "significance",
                Optional.ofNullable(ctx.formParam("significance")).orElse(Labels.of(Significance.SUBSTANTIVE)));
        return channelAndMode(ctx, json);
    }

    /** The form's channel and mode fields put into {@code json}, as the API takes them. */
    static ObjectNode channelAndMode(Context ctx, ObjectNode json) {
        json.put("mode", Optional.ofNullable(ctx.formParam("mode")).orElse("immediate"));
        ObjectNode channel = json.putObject("channel");
        String type = LoginRoutes.param(ctx, "channel");
        channel.put("type", type);
        switch (type) {
            case "email" -> channel.put("address", LoginRoutes.param(ctx, "address"));
            case "webhook" -> {
                channel.put("url", LoginRoutes.param(ctx, "url"));
                channel.put("secret", LoginRoutes.param(ctx, "secret"));
            }
            default -> {}
        }
        return json;
    }

    private static ArrayNode list(String commaSeparated) {
        ArrayNode array = JSON.createArrayNode();
        if (commaSeparated != null) {
            Arrays.stream(commaSeparated.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(array::add);
        }
        return array;
    }
}
