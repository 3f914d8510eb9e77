package org.clausewatch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Web sessions: a random session id in a cookie, stored as its SHA-256 with the user, an expiry and the
 * session's CSRF token (which forms echo back).
 */
public final class Sessions {
    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

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

    /** Opens a session for the user, and deletes the expired sessions of everyone while at it. */
    public Session open(User user) {
        purgeExpired();
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

    /** Deletes every session past its expiry; returns how many there were. */
    public int purgeExpired() {
        return writes.inTransaction(handle -> handle.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
                .bind("now", clock.millis())
                .execute());
    }

    /** Deletes expired sessions every {@code interval} until the returned handle is closed. */
    public AutoCloseable purgeEvery(Duration interval) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("session-purge").daemon().factory());
        executor.scheduleWithFixedDelay(this::purgeQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return executor::shutdownNow;
    }

    /** Ends every session of the user but {@code keep} (after a password change, other devices sign in again). */
    public void closeOthers(long userId, String keep) {
        writes.useTransaction(
                handle -> handle.createUpdate("DELETE FROM sessions WHERE user_id = :user AND id_sha256 <> :keep")
                        .bind("user", userId)
                        .bind("keep", Secrets.digest(keep))
                        .execute());
    }

    /** Ends every session of the user (after a password change made through the API). */
    public void closeAll(long userId) {
        writes.useTransaction(handle -> handle.createUpdate("DELETE FROM sessions WHERE user_id = :user")
                .bind("user", userId)
                .execute());
    }

    private void purgeQuietly() {
        try {
            int purged = purgeExpired();
            if (purged > 0) {
                LOG.info("deleted {} expired sessions", purged);
            }
        } catch (RuntimeException e) {
            // A failed purge must not end the schedule; expired sessions are refused by find() meanwhile.
            LOG.warn("purging expired sessions failed", e);
        }
    }

    public void close(String id) {
        writes.useTransaction(handle -> handle.createUpdate("DELETE FROM sessions WHERE id_sha256 = :id")
                .bind("id", Secrets.digest(id))
                .execute());
    }
}
