package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.common.Labels;

/**
 * The signed-in user's pages: their account (password change, a new API key) for every role, and for analysts
 * and admins their subscriptions with each one's delivery history. Forms post back with the session's CSRF token.
 */
final class AccountPages {
    private static final int HISTORY = 100;

    private final Accounts accounts;
    private final Sessions sessions;
    private final Alerts alerts;
    private final Vocabulary vocabulary;
    private final SignedIn signedIn;
    private final Catalogue catalogue;
    private final SubscriptionForms forms;

    AccountPages(
            Accounts accounts,
            Sessions sessions,
            Alerts alerts,
            Vocabulary vocabulary,
            SignedIn signedIn,
            Catalogue catalogue) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.alerts = alerts;
        this.vocabulary = vocabulary;
        this.signedIn = signedIn;
        this.catalogue = catalogue;
        this.forms = new SubscriptionForms(vocabulary.taxonomy());
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

    /** The list and a blank form; {@code ?created=ID} (where a new subscription leads) shows that one on top. */
    private void subscriptions(Context ctx) {
        signedIn.require(ctx, Role.ANALYST, SignedIn.Check.READ, false).ifPresent(session -> {
            Optional<Long> created =
                    Optional.ofNullable(ctx.queryParam("created")).flatMap(AccountPages::number);
            showSubscriptions(
                    ctx, session, 200, created, forms.blank(session.user().email()));
        });
    }

    private void subscribe(Context ctx) {
        Optional<Sessions.Session> session = signedIn.require(ctx, Role.ANALYST, SignedIn.Check.FORM, false);
        if (session.isEmpty()) {
            return;
        }
        try {
            SubscriptionRequest request = SubscriptionRequest.parse(SubscriptionForms.request(ctx), vocabulary);
            long id = alerts.subscriptions()
                    .create(session.orElseThrow().user(), request)
                    .subscription()
                    .id();
            ctx.redirect(created(id), HttpStatus.SEE_OTHER);
        } catch (InvalidSubscriptionException | PlanLimitException e) {
            showSubscriptions(ctx, session.orElseThrow(), 422, Optional.empty(), forms.refused(ctx, e));
        }
    }

    /** Where a new subscription leads: the list, with it on top (its feed address, its warnings). */
    static String created(long id) {
        return "/account/subscriptions?created=" + id;
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

    private void showSubscriptions(
            Context ctx, Sessions.Session s, int status, Optional<Long> created, AccountViews.SubscriptionForm form) {
        List<AccountViews.SubscriptionLine> lines = alerts
                .subscriptions()
                .of(s.user().id())
                .stream()
                .map(this::line)
                .toList();
        Optional<AccountViews.SubscriptionLine> just = created.flatMap(
                id -> lines.stream().filter(line -> line.id() == id).findFirst());
        signedIn.render(
                ctx,
                status,
                "subscriptions.jte",
                new AccountViews.Subscriptions(
                        s.user().email(), s.csrfToken(), lines, just, form, form.problem("form")));
    }

    private AccountViews.SubscriptionLine line(Subscription s) {
        return new AccountViews.SubscriptionLine(
                s.id(),
                String.join(", ", new TreeSet<>(s.filter().services())),
                s.filter().documents().isEmpty()
                        ? "all documents"
                        : String.join(", ", new TreeSet<>(s.filter().documents())),
                s.filter().topics().isEmpty() ? "any topic" : topics(s.filter().topics()),
                new TreeSet<>(s.filter().lineages())
                        .stream()
                                .map(lineage -> WatchPages.watched(catalogue, lineage))
                                .toList(),
                threshold(s),
                target(s.channel()),
                alerts.feedUrl(s),
                alerts.warnings(s),
                s.mode().label());
    }

    /** The topics by id and name, in the taxonomy's order. */
    private String topics(Set<String> ids) {
        return String.join(
                ", ",
                vocabulary.taxonomy().topics().stream()
                        .filter(t -> ids.contains(t.id()))
                        .map(t -> t.id() + " " + t.name())
                        .toList());
    }

    /** "substantive changes, severity high or above"; "substantive and minor changes, any severity". */
    private static String threshold(Subscription s) {
        return (s.filter().minorToo() ? "substantive and minor changes" : "substantive changes")
                + s.filter()
                        .minSeverity()
                        .map(v -> ", severity " + Labels.of(v) + " or above")
                        .orElse(", any severity");
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
        return number(ctx.pathParam("id"));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
