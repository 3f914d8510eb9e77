package org.clausewatch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.account.Sessions;

/**
 * The web session behind the sign-in and account pages: the session cookie, the role and CSRF checks in front of
 * each page, and rendering through the site's templates with the site's strict Content-Security-Policy.
 */
final class SignedIn {
    static final String SESSION = "cw_session";
    static final String LOGIN_CSRF = "cw_login_csrf";

    private final Accounts accounts;
    private final Sessions sessions;
    private final Templates templates;
    private final boolean behindTls;

    SignedIn(Accounts accounts, Sessions sessions, Templates templates, URI baseUrl) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.templates = templates;
        this.behindTls = "https".equals(baseUrl.getScheme());
    }

    /** What a page needs of the request before it runs. */
    enum Check {
        /** A page to read: no CSRF token. */
        READ,
        /** A form post: the session's CSRF token must come back. */
        FORM
    }

    /**
     * The session when its user may see the page; otherwise answers for it: a stranger goes to sign-in, a role too
     * low or a missing CSRF token gets 403, and a user still on the one-time password goes to {@code /account}
     * (unless {@code page} is that page, where the password is changed).
     */
    Optional<Sessions.Session> require(Context ctx, Role role, Check check, boolean passwordPage) {
        Optional<Sessions.Session> session = session(ctx);
        if (session.isEmpty()) {
            // A page a stranger was sent to (a provision to watch) is where signing in leads back to.
            String next = check == Check.READ ? LoginRoutes.next(ctx.path()) : "";
            ctx.redirect(next.isEmpty() ? "/login" : "/login?next=" + next, HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        Sessions.Session s = session.orElseThrow();
        if (check == Check.FORM && !same(s.csrfToken(), ctx.formParam("csrf"))) {
            refuse(ctx, 403, "Form expired", "The form expired; reload the page and send it again.");
            return Optional.empty();
        }
        if (!passwordPage && accounts.mustChangePassword(s.user().id())) {
            ctx.redirect("/account", HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (!s.user().can(role)) {
            refuse(
                    ctx,
                    403,
                    "Not allowed",
                    "This page needs the role " + role.label() + "; you are "
                            + s.user().role().label() + ".");
            return Optional.empty();
        }
        return session;
    }

    Optional<Sessions.Session> session(Context ctx) {
        String id = ctx.cookie(SESSION);
        return id == null || id.isEmpty() ? Optional.empty() : sessions.find(id);
    }

    void cookie(Context ctx, String name, String value, Duration maxAge) {
        boolean secure = behindTls || "https".equals(ctx.scheme());
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        name + "=" + value + "; Path=/; Max-Age=" + Math.max(0, maxAge.toSeconds())
                                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /** Compares secrets in constant time; an absent or empty value never matches. */
    static boolean same(String expected, String given) {
        return expected != null
                && given != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** Account pages carry secrets (CSRF tokens, a new API key): never cached. */
    void render(Context ctx, int status, String template, Object view) {
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(templates.render(template, view));
    }

    void refuse(Context ctx, int status, String title, String detail) {
        render(ctx, status, "refusal.jte", new AccountViews.Refusal(title, detail));
    }
}
