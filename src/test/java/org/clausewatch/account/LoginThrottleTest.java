package org.clausewatch.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.clausewatch.store.Database;
import org.clausewatch.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed sign-ins counted in the database, per account and per address. */
class LoginThrottleTest {
    private static final LoginThrottle.Limits LIMITS = new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private Database database;
    private LoginThrottle one;
    private LoginThrottle other;

    @BeforeEach
    void open() {
        database = Database.sqlite(dir.resolve("clausewatch.db"));
        // Two throttles on one database stand for two serve processes.
        one = new LoginThrottle(database.reads(), database.writes(), LIMITS, clock);
        other = new LoginThrottle(database.reads(), database.writes(), LIMITS, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAccountIsRefusedAfterItsFailuresWhicheverProcessOrAddressCountedThem() {
        for (int i = 0; i < 3; i++) {
            one.failed("ana@example.org", "203.0.113.1");
        }
        other.failed("ana@example.org", "198.51.100.7");
        assertThat(other.wait("ana@example.org", "192.0.2.9")).isEmpty();

        one.failed("ana@example.org", "192.0.2.9");

        assertThat(other.wait("ana@example.org", "192.0.2.200"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
    }

    @Test
    void anotherAccountBehindTheSameAddressMayStillSignIn() {
        for (int i = 0; i < 5; i++) {
            one.failed("ana@example.org", "203.0.113.1");
        }

        assertThat(one.wait("ana@example.org", "203.0.113.1")).isPresent();
        assertThat(other.wait("ben@example.org", "203.0.113.1")).isEmpty();
    }

    @Test
    void anAddressGuessingManyAccountsIsRefusedForAll() {
        for (int i = 0; i < 20; i++) {
            one.failed("user" + i + "@example.org", "203.0.113.1");
        }

        assertThat(other.wait("someone@example.org", "203.0.113.1")).isPresent();
        assertThat(other.wait("someone@example.org", "203.0.113.2")).isEmpty();
    }

    @Test
    void failuresLeaveTheWindowAndASuccessClearsTheAccount() {
        for (int i = 0; i < 5; i++) {
            one.failed("ana@example.org", "203.0.113.1");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(one.wait("ana@example.org", "203.0.113.1")).isEmpty();

        for (int i = 0; i < 5; i++) {
            one.failed("ben@example.org", "203.0.113.1");
        }
        other.succeeded("ben@example.org");
        assertThat(one.wait("ben@example.org", "203.0.113.1")).isEmpty();
    }
}
