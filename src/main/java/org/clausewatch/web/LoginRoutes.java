package org.clausewatch.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.LoginThrottle;
import org.clausewatch.account.Role;
import org.clausewatch.account.Secrets;
import org.clausewatch.account.Sessions;
import org.clausewatch.account.User;
import org.clausewatch.alert.Alerts;
import org.clausewatch.alert.InvalidSubscriptionException;
import org.clausewatch.alert.PlanLimitException;
import org.clausewatch.alert.SubscriptionRequest;
import org.clausewatch.analysis.Taxonomy;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Web sign-in and the subscriptions page. Session cookies are HttpOnly, SameSite=Lax and Secure when served over
 * TLS; every form carries a CSRF token (the session's, or for the login form a double-submit cookie); failed
 * logins are throttled per address and per address-and-e-mail.
 */
public final class LoginRoutes implements RouteSet {
    static final String SESSION = "cw_session";
    static final String LOGIN_CSRF = "cw_login_csrf";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Alerts alerts;
    private final Taxonomy taxonomy;
    private final boolean behindTls;

    public LoginRoutes(Accounts accounts, Sessions sessions, LoginThrottle throttle, Alerts alerts, Taxonomy taxonomy) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.alerts = alerts;
        this.taxonomy = taxonomy;
        this.behindTls =
                "https".equals(URI.create(alerts.config().baseUrl().toString()).getScheme());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/login", this::loginForm);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        routes.get("/account/subscriptions", this::subscriptions);
        routes.post("/account/subscriptions", this::subscribe);
        routes.post("/account/subscriptions/{id}/delete", this::unsubscribe);
    }

    private void loginForm(Context ctx) {
        String csrf = Secrets.generate("");
        cookie(ctx, LOGIN_CSRF, csrf, Duration.ofHours(1));
        html(ctx, 200, AccountPages.login(csrf, ""));
    }

    private void login(Context ctx) {
        if (!same(ctx.cookie(LOGIN_CSRF), ctx.formParam("csrf"))) {
            html(ctx, 403, AccountPages.page("Sign in", "<p>The form expired; reload the sign-in page.</p>"));
            return;
        }
        String email =
                Optional.ofNullable(ctx.formParam("email")).orElse("").trim().toLowerCase(Locale.ROOT);
        String byAddress = ctx.ip();
        String byAccount = ctx.ip() + "|" + email;
        Optional<Duration> wait = throttle.wait(byAccount).or(() -> throttle.wait(byAddress));
        if (wait.isPresent()) {
            ctx.header(
                    "Retry-After", Long.toString(Math.max(1, wait.orElseThrow().toSeconds())));
            html(ctx, 429, AccountPages.login(ctx.formParam("csrf"), "Too many failed sign-ins; try again later."));
            return;
        }
        Optional<User> user = accounts.login(
                email, Optional.ofNullable(ctx.formParam("password")).orElse(""));
        if (user.isEmpty()) {
            throttle.failed(byAccount);
            throttle.failed(byAddress);
            html(ctx, 401, AccountPages.login(ctx.formParam("csrf"), "Wrong e-mail or password."));
            return;
        }
        throttle.succeeded(byAccount);
        Sessions.Session session = sessions.open(user.orElseThrow());
        cookie(ctx, SESSION, session.id(), Duration.between(java.time.Instant.now(), session.expiresAt()));
        ctx.redirect("/account/subscriptions", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        Optional<Sessions.Session> session = session(ctx);
        if (session.isPresent() && same(session.orElseThrow().csrfToken(), ctx.formParam("csrf"))) {
            sessions.close(session.orElseThrow().id());
        }
        cookie(ctx, SESSION, "", Duration.ZERO);
        ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void subscriptions(Context ctx) {
        signedInAnalyst(ctx).ifPresent(session -> showPage(ctx, session, 200, ""));
    }

    private void subscribe(Context ctx) {
        Optional<Sessions.Session> session = signedInAnalystWithCsrf(ctx);
        if (session.isEmpty()) {
            return;
        }
        try {
            SubscriptionRequest request = SubscriptionRequest.parse(form(ctx), taxonomy);
            alerts.subscriptions().create(session.orElseThrow().user(), request);
            ctx.redirect("/account/subscriptions", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidSubscriptionException | PlanLimitException e) {
            showPage(ctx, session.orElseThrow(), 422, e.getMessage());
        }
    }

    private void unsubscribe(Context ctx) {
        Optional<Sessions.Session> session = signedInAnalystWithCsrf(ctx);
        if (session.isEmpty()) {
            return;
        }
        try {
            alerts.subscriptions().delete(session.orElseThrow().user().id(), Long.parseLong(ctx.pathParam("id")));
        } catch (NumberFormatException e) {
            // Not one of the page's own forms: nothing to delete, show the page again.
        }
        ctx.redirect("/account/subscriptions", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The form as the JSON the API takes, so both paths share one validation. */
    private static ObjectNode form(Context ctx) {
        ObjectNode json = JSON.createObjectNode();
        json.set("services", list(ctx.formParam("services")));
        json.set("documents", list(ctx.formParam("documents")));
        json.put(
                "significance",
                Optional.ofNullable(ctx.formParam("significance")).orElse("substantive"));
        json.put("mode", Optional.ofNullable(ctx.formParam("mode")).orElse("immediate"));
        ObjectNode channel = json.putObject("channel");
        String type = Optional.ofNullable(ctx.formParam("channel")).orElse("");
        channel.put("type", type);
        switch (type) {
            case "email" ->
                channel.put(
                        "address", Optional.ofNullable(ctx.formParam("address")).orElse(""));
            case "webhook" -> {
                channel.put("url", Optional.ofNullable(ctx.formParam("url")).orElse(""));
                channel.put(
                        "secret", Optional.ofNullable(ctx.formParam("secret")).orElse(""));
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

    private void showPage(Context ctx, Sessions.Session session, int status, String message) {
        html(
                ctx,
                status,
                AccountPages.subscriptions(
                        session.user().email(),
                        session.csrfToken(),
                        alerts.subscriptions().of(session.user().id()),
                        message));
    }

    private Optional<Sessions.Session> signedInAnalyst(Context ctx) {
        Optional<Sessions.Session> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect("/login", io.javalin.http.HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (!session.orElseThrow().user().can(Role.ANALYST)) {
            html(ctx, 403, AccountPages.page("Subscriptions", "<p>Subscriptions need the role analyst.</p>"));
            return Optional.empty();
        }
        return session;
    }

    private Optional<Sessions.Session> signedInAnalystWithCsrf(Context ctx) {
        Optional<Sessions.Session> session = signedInAnalyst(ctx);
        if (session.isPresent() && !same(session.orElseThrow().csrfToken(), ctx.formParam("csrf"))) {
            html(ctx, 403, AccountPages.page("Subscriptions", "<p>The form expired; reload the page.</p>"));
            return Optional.empty();
        }
        return session;
    }

    private Optional<Sessions.Session> session(Context ctx) {
        String id = ctx.cookie(SESSION);
        return id == null || id.isEmpty() ? Optional.empty() : sessions.find(id);
    }

    private void cookie(Context ctx, String name, String value, Duration maxAge) {
        boolean secure = behindTls || "https".equals(ctx.scheme());
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        name + "=" + value + "; Path=/; Max-Age=" + Math.max(0, maxAge.toSeconds())
                                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    private static boolean same(String expected, String given) {
        return expected != null
                && given != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static void html(Context ctx, int status, String html) {
        ctx.status(status)
                .header("Content-Security-Policy", AccountPages.CSP)
                .header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(html);
    }
}
