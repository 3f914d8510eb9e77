package org.clausewatch.web;

import static org.clausewatch.web.Route.Kind.PAGE;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.LoginThrottle;
import org.clausewatch.account.Secrets;
import org.clausewatch.account.Sessions;
import org.clausewatch.account.User;
import org.clausewatch.alert.Alerts;
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.browse.Catalogue;

/**
 * Web sign-in, sign-out and the account pages. Session cookies are HttpOnly, SameSite=Lax and Secure when served
 * over TLS; every form carries a CSRF token (the session's, or for the sign-in form a double-submit cookie);
 * failed sign-ins are throttled per account and per address, in the database ({@link LoginThrottle}).
 */
public final class LoginRoutes implements RouteGroup {
    private static final Pattern NEXT = Pattern.compile("/account(/[A-Za-z0-9_-]+)*");

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final SignedIn signedIn;
    private final AccountPages pages;
    private final WatchPages watching;

    /**
     * {@code vocabulary}: the topics and services a subscription may name; {@code catalogue} names the provisions
     * subscriptions watch.
     */
    public LoginRoutes(
            Accounts accounts,
            Sessions sessions,
            LoginThrottle throttle,
            Alerts alerts,
            Vocabulary vocabulary,
            Catalogue catalogue) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.signedIn = new SignedIn(accounts, sessions, new Templates(), alerts.baseUrl());
        this.pages = new AccountPages(accounts, sessions, alerts, vocabulary, signedIn, catalogue);
        this.watching = new WatchPages(alerts, vocabulary, signedIn, catalogue);
    }

    @Override
    public List<Route> routes() {
        List<Route> routes = new ArrayList<>(List.of(
                Route.get("/login", PAGE, "Sign-in form", this::loginForm),
                Route.post("/login", PAGE, "Signs in and opens a session", this::login),
                Route.post("/logout", PAGE, "Signs out", this::logout)));
        routes.addAll(pages.routes());
        routes.addAll(watching.routes());
        return routes;
    }

    private void loginForm(Context ctx) {
        String csrf = Secrets.generate("");
        signedIn.cookie(ctx, SignedIn.LOGIN_CSRF, csrf, Duration.ofHours(1));
        signedIn.render(ctx, 200, "login.jte", new AccountViews.Login(csrf, "", next(ctx.queryParam("next"))));
    }

    private void login(Context ctx) {
        if (!SignedIn.same(ctx.cookie(SignedIn.LOGIN_CSRF), ctx.formParam("csrf"))) {
            signedIn.refuse(ctx, 403, "Sign in", "The form expired; reload the sign-in page.");
            return;
        }
        String email = param(ctx, "email").trim().toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.wait(email, ctx.ip());
        if (wait.isPresent()) {
            ctx.header(
                    "Retry-After", Long.toString(Math.max(1, wait.orElseThrow().toSeconds())));
            again(ctx, 429, "Too many failed sign-ins; try again later.");
            return;
        }
        Optional<User> user = accounts.login(email, param(ctx, "password"));
        if (user.isEmpty()) {
            throttle.failed(email, ctx.ip());
            again(ctx, 401, "Wrong e-mail or password.");
            return;
        }
        throttle.succeeded(email);
        Sessions.Session session = sessions.open(user.orElseThrow());
        signedIn.cookie(ctx, SignedIn.SESSION, session.id(), Duration.between(Instant.now(), session.expiresAt()));
        boolean oneTime = accounts.mustChangePassword(session.user().id());
        String next = next(ctx.formParam("next"));
        ctx.redirect(oneTime ? "/account" : next.isEmpty() ? "/account/subscriptions" : next, HttpStatus.SEE_OTHER);
    }

    private void again(Context ctx, int status, String message) {
        signedIn.render(
                ctx,
                status,
                "login.jte",
                new AccountViews.Login(param(ctx, "csrf"), message, next(param(ctx, "next"))));
    }

    /**
     * Ends the session on the server as well as in the browser. Without the session's CSRF token the request is refused
     * and nothing changes: a forged sign-out must not leave a session that looks ended but still works.
     */
    private void logout(Context ctx) {
        Optional<Sessions.Session> session = signedIn.session(ctx);
        if (session.isPresent()) {
            if (!SignedIn.same(session.orElseThrow().csrfToken(), ctx.formParam("csrf"))) {
                signedIn.refuse(ctx, 403, "Sign out", "The form expired; reload the page and sign out again.");
                return;
            }
            sessions.close(session.orElseThrow().id());
        }
        signedIn.cookie(ctx, SignedIn.SESSION, "", Duration.ZERO);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** An account page to go to after signing in; anything else (another site, a script) is dropped. */
    static String next(String path) {
        return path != null && NEXT.matcher(path).matches() ? path : "";
    }

    static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
