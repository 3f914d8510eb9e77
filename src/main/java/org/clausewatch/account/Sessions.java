package org.clausewatch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Web sessions: a random session id in a cookie, stored as its SHA-256 with the user, an expiry and the
 * session's CSRF token (which forms echo back).
 */
public final class Sessions {
    private final Jdbi reads;
    private final Jdbi writes;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;

    public Sessions(Jdbi reads, Jdbi writes, Accounts accounts, Clock clock, Duration lifetime) {
        this.reads = reads;
        this.writes = writes;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A signed-in user's session: the cookie value (shown once) and the CSRF token of its forms. */
    public record Session(String id, User user, String csrfToken, Instant expiresAt) {}

    public Session open(User user) {
        String id = Secrets.generate("cws_");
        String csrf = Secrets.generate("");
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        writes.useTransaction(handle -> handle.createUpdate("INSERT INTO sessions (id_sha256, user_id, csrf_token, "
                        + "created_at, expires_at) VALUES (:id, :user, :csrf, :now, :expires)")
                .bind("id", Secrets.digest(id))
                .bind("user", user.id())
                .bind("csrf", csrf)
                .bind("now", now.toEpochMilli())
                .bind("expires", expires.toEpochMilli())
                .execute());
        return new Session(id, user, csrf, expires);
    }

    /** The live session with this cookie value. */
    public Optional<Session> find(String id) {
        record Row(String email, String csrf, long expires) {}
        Optional<Row> row = reads.withHandle(handle -> handle.createQuery(
                        "SELECT u.email, s.csrf_token, s.expires_at "
                                + "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_sha256 = :id AND s.expires_at > :now")
                .bind("id", Secrets.digest(id))
                .bind("now", clock.millis())
                .map((rs, ctx) -> new Row(rs.getString("email"), rs.getString("csrf_token"), rs.getLong("expires_at")))
                .findOne());
        return row.flatMap(r -> accounts.byEmail(r.email())
                .map(user -> new Session(id, user, r.csrf(), Instant.ofEpochMilli(r.expires()))));
    }

    public void close(String id) {
        writes.useTransaction(handle -> handle.createUpdate("DELETE FROM sessions WHERE id_sha256 = :id")
                .bind("id", Secrets.digest(id))
                .execute());
    }
}
