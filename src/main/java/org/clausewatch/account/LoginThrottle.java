package org.clausewatch.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Limits failed sign-ins, kept in the database so that every process serving the web counts the same failures and a
 * restart forgets none. An account is refused after {@code perAccount} failures within {@code window}, from whatever
 * address; an address only after {@code perAddress} failures, many more, so that one account guessed at behind a
 * shared address (a NAT, a proxy) does not lock out the other accounts behind it.
 */
public final class LoginThrottle {
    private final Jdbi reads;
    private final Jdbi writes;
    private final Limits limits;
    private final Clock clock;

    /** How many failures an account and an address may have within {@code window}. */
    public record Limits(int perAccount, int perAddress, Duration window) {
        public Limits {
            if (perAccount < 1 || perAddress < perAccount) {
                throw new IllegalArgumentException("sign-in limits must be 1 <= per account (" + perAccount
                        + ") <= per address (" + perAddress + ")");
            }
        }
    }

    public LoginThrottle(Jdbi reads, Jdbi writes, Limits limits, Clock clock) {
        this.reads = reads;
        this.writes = writes;
        this.limits = limits;
        this.clock = clock;
    }

    /** How long a sign-in to {@code email} from {@code address} must wait; empty when it may try now. */
    public Optional<Duration> wait(String email, String address) {
        return waitFor("email", email, limits.perAccount()).or(() -> waitFor("address", address, limits.perAddress()));
    }

    /** Counts a failed sign-in against the account and the address; failures older than the window are dropped. */
    public void failed(String email, String address) {
        long now = clock.millis();
        writes.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM sign_in_failures WHERE failed_at <= :before")
                    .bind("before", now - limits.window().toMillis())
                    .execute();
            handle.createUpdate("INSERT INTO sign_in_failures (email, address, failed_at) VALUES (:email, :address, "
                            + ":at)")
                    .bind("email", email)
                    .bind("address", address)
                    .bind("at", now)
                    .execute();
        });
    }

    /** A right password clears the account's failures; the address keeps its count. */
    public void succeeded(String email) {
        writes.useHandle(handle -> handle.createUpdate("DELETE FROM sign_in_failures WHERE email = :email")
                .bind("email", email)
                .execute());
    }

    /** The column is one of two constants, never input. */
    private Optional<Duration> waitFor(String column, String value, int allowed) {
        Instant now = clock.instant();
        long since = now.minus(limits.window()).toEpochMilli();
        Optional<Long> oldestCounted = reads.withHandle(handle -> handle.createQuery("SELECT failed_at FROM "
                        + "sign_in_failures WHERE " + column + " = :value AND failed_at > :since "
                        + "ORDER BY failed_at DESC LIMIT 1 OFFSET :skip")
                .bind("value", value)
                .bind("since", since)
                .bind("skip", allowed - 1)
                .mapTo(Long.class)
                .findOne());
        return oldestCounted.map(
                at -> Duration.between(now, Instant.ofEpochMilli(at).plus(limits.window())));
    }
}
