package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.clausewatch.account.Role;
import org.clausewatch.account.Sessions;
import org.clausewatch.alert.Alerts;
import org.clausewatch.alert.InvalidSubscriptionException;
import org.clausewatch.alert.PlanLimitException;
import org.clausewatch.alert.SubscriptionRequest;
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.Links;
import org.clausewatch.browse.Views;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Watch this provision": the provision page (public and cached, so the same for everyone) links to {@code
 * /account/watch/{lineage}}, where a signed-in analyst confirms with the session's CSRF token and a channel; that
 * makes a subscription naming the provision's lineage, so it alerts when the provision is modified, moved or
 * removed. A subscription needs a service (it counts against the plan), so it names the provision's service and
 * document too.
 */
final class WatchPages {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Alerts alerts;
    private final Vocabulary vocabulary;
    private final SignedIn signedIn;
    private final Catalogue catalogue;

    WatchPages(Alerts alerts, Vocabulary vocabulary, SignedIn signedIn, Catalogue catalogue) {
        this.alerts = alerts;
        this.vocabulary = vocabulary;
        this.signedIn = signedIn;
        this.catalogue = catalogue;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/account/watch/{lineage}", PAGE, "Confirms watching one provision", this::confirm),
                Route.post("/account/watch/{lineage}", PAGE, "Watches one provision", this::watch));
    }

    private void confirm(Context ctx) {
        signedIn.require(ctx, Role.ANALYST, SignedIn.Check.READ, false)
                .ifPresent(session -> provision(ctx).ifPresent(p -> show(ctx, session, p, 200, "")));
    }

    private void watch(Context ctx) {
        Optional<Sessions.Session> session = signedIn.require(ctx, Role.ANALYST, SignedIn.Check.FORM, false);
        Optional<Views.ProvisionName> provision = session.flatMap(s -> provision(ctx));
        if (provision.isEmpty()) {
            return;
        }
        Sessions.Session s = session.orElseThrow();
        Views.ProvisionName p = provision.orElseThrow();
        try {
            long id = alerts.subscriptions()
                    .create(s.user(), SubscriptionRequest.parse(request(ctx, p), vocabulary))
                    .subscription()
                    .id();
            ctx.redirect(AccountPages.created(id), HttpStatus.SEE_OTHER);
        } catch (InvalidSubscriptionException | PlanLimitException e) {
            show(ctx, s, p, 422, e.getMessage());
        }
    }

    /** The provision of the path; answers 404 when no version holds it. */
    private Optional<Views.ProvisionName> provision(Context ctx) {
        String lineage = ctx.pathParam("lineage");
        Optional<Views.ProvisionName> provision = catalogue.provisionName(lineage);
        if (provision.isEmpty()) {
            signedIn.refuse(ctx, 404, "No such provision", "No provision with lineage id " + lineage + " is recorded.");
        }
        return provision;
    }

    private void show(Context ctx, Sessions.Session s, Views.ProvisionName p, int status, String message) {
        List<Long> watching = alerts.subscriptions().of(s.user().id()).stream()
                .filter(sub -> sub.filter().lineages().contains(p.lineageId()))
                .map(sub -> sub.id())
                .toList();
        signedIn.render(
                ctx,
                status,
                "watch.jte",
                new AccountViews.Watch(s.user().email(), s.csrfToken(), p.lineageId(), watched(p), watching, message));
    }

    /**
     * The subscription the form asks for, as the JSON the API takes, so both share one validation: the provision's
     * lineage alone, so that only that provision's changes alert.
     */
    private static ObjectNode request(Context ctx, Views.ProvisionName p) {
        ObjectNode json = JSON.createObjectNode();
        json.putArray("lineages").add(p.lineageId());
        return SubscriptionForms.channelAndMode(ctx, json);
    }

    /** How a list names the watched provision {@code lineageId}: by its id alone when it is not recorded. */
    static AccountViews.WatchedProvision watched(Catalogue catalogue, String lineageId) {
        return catalogue
                .provisionName(lineageId)
                .map(WatchPages::watched)
                .orElseGet(() -> new AccountViews.WatchedProvision(
                        "provision " + lineageId, "not recorded here", Optional.empty(), false));
    }

    private static AccountViews.WatchedProvision watched(Views.ProvisionName p) {
        String name = p.service() + " · " + p.termsType() + (p.path().isEmpty() ? "" : " · " + Show.path(p.path()));
        return new AccountViews.WatchedProvision(
                name, p.opening(), Optional.of(Links.provision(p.lineageId())), p.current());
    }
}
