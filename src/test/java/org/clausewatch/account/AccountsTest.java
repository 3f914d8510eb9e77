package org.clausewatch.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.clausewatch.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsTest {
    @TempDir
    Path dir;

    Database database;
    Accounts accounts;

    @BeforeEach
    void open() {
        database = Database.sqlite(dir.resolve("db.sqlite"));
        accounts = new Accounts(database.reads(), database.writes(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void createsAUserWhosePasswordAndApiKeyWorkAndAreNotStored() throws Exception {
        NewAccount account = accounts.create(" Admin@Example.org ", Role.ADMIN);

        assertThat(account.user().email()).isEqualTo("admin@example.org");
        assertThat(account.apiKey()).startsWith("cwk_").hasSizeGreaterThan(40);
        assertThat(accounts.byApiKey(account.apiKey())).contains(account.user());
        assertThat(accounts.byApiKey(account.apiKey() + "x")).isEmpty();
        assertThat(accounts.login("admin@example.org", account.password())).contains(account.user());
        assertThat(accounts.login("admin@example.org", account.password() + "x"))
                .isEmpty();
        assertThat(accounts.login("nobody@example.org", account.password())).isEmpty();
        String stored = database.reads()
                .withHandle(h -> h.createQuery(
                                "SELECT password_hash || ' ' || (SELECT key_sha256 FROM api_keys) FROM users")
                        .mapTo(String.class)
                        .one());
        assertThat(stored)
                .startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$")
                .doesNotContain(account.password())
                .doesNotContain(account.apiKey());
    }

    @Test
    void aNewPasswordReplacesTheOneTimePasswordOnlyWithTheCurrentOne() {
        NewAccount account = accounts.create("a@example.org", Role.ANALYST);
        long id = account.user().id();
        assertThat(accounts.mustChangePassword(id)).isTrue();

        assertThatThrownBy(() -> accounts.changePassword(id, "not-the-password", "a long new password"))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> accounts.changePassword(id, account.password(), "short"))
                .hasMessageContaining("at least 12 characters, not 5");
        assertThat(accounts.mustChangePassword(id)).isTrue();
        accounts.changePassword(id, account.password(), "a long new password");

        assertThat(accounts.mustChangePassword(id)).isFalse();
        assertThat(accounts.login("a@example.org", account.password())).isEmpty();
        assertThat(accounts.login("a@example.org", "a long new password")).contains(account.user());
    }

    @Test
    void aRotatedApiKeyRevokesEveryEarlierKeyAtOnce() {
        NewAccount account = accounts.create("a@example.org", Role.ANALYST);
        String further = accounts.issueApiKey(account.user().id());

        String rotated = accounts.rotateApiKey(account.user().id());

        assertThat(accounts.byApiKey(account.apiKey())).isEmpty();
        assertThat(accounts.byApiKey(further)).isEmpty();
        assertThat(accounts.byApiKey(rotated)).contains(account.user());
        assertThat(accounts.revokeApiKeys("A@example.org")).isEqualTo(1);
        assertThat(accounts.byApiKey(rotated)).isEmpty();
    }

    @Test
    void expiredSessionsAreDeletedOnPurgeAndWhenSomeoneSignsIn() {
        Instant t0 = Instant.parse("2026-03-02T10:00:00Z");
        User user = accounts.create("a@example.org", Role.VIEWER).user();
        Sessions early = sessions(t0);
        Sessions.Session expiring = early.open(user);
        Sessions.Session later = sessions(t0.plus(Duration.ofHours(6))).open(user);
        Sessions afterExpiry = sessions(t0.plus(Duration.ofHours(12)));

        assertThat(afterExpiry.find(expiring.id())).isEmpty();
        assertThat(sessionRows()).isEqualTo(2);
        assertThat(afterExpiry.purgeExpired()).isEqualTo(1);
        assertThat(sessionRows()).isEqualTo(1);
        assertThat(afterExpiry.find(later.id())).isPresent();

        sessions(t0.plus(Duration.ofDays(1))).open(user);
        assertThat(sessionRows()).isEqualTo(1);
    }

    private Sessions sessions(Instant now) {
        return new Sessions(
                database.reads(),
                database.writes(),
                accounts,
                Clock.fixed(now, java.time.ZoneOffset.UTC),
                Duration.ofHours(12));
    }

    private int sessionRows() {
        return database.reads()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sessions")
                        .mapTo(Integer.class)
                        .one());
    }

    @Test
    void refusesADuplicateUserAndAnAddressThatIsNotOne() {
        accounts.create("a@example.org", Role.VIEWER);
        assertThatThrownBy(() -> accounts.create("A@example.org", Role.ADMIN)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> accounts.create("admin", Role.ADMIN)).hasMessageContaining("'admin' is not an e-mail");
        assertThat(accounts.users()).hasSize(1);
    }

    @Test
    void anAdminSetsAUsersServiceLimit() {
        accounts.create("a@example.org", Role.ANALYST);
        assertThat(accounts.setServiceLimit("a@example.org", 40).serviceLimit()).isEqualTo(OptionalInt.of(40));
        assertThatThrownBy(() -> accounts.setServiceLimit("b@example.org", 1))
                .hasMessageContaining("no user 'b@example.org'");
        assertThatThrownBy(() -> accounts.setServiceLimit("a@example.org", -1)).hasMessageContaining("-1");
    }

    @Test
    void rolesAllowWhatTheRolesBelowThemAllow() {
        assertThat(Role.ADMIN.allows(Role.ANALYST)).isTrue();
        assertThat(Role.ANALYST.allows(Role.VIEWER)).isTrue();
        assertThat(Role.ANALYST.allows(Role.ADMIN)).isFalse();
        assertThat(Role.VIEWER.allows(Role.ANALYST)).isFalse();
        assertThatThrownBy(() -> Role.parse("root"))
                .hasMessageContaining("'root' is not one of viewer, analyst, admin");
    }

    @Test
    void passwordHashesAreSaltedAndVerifyOnlyTheirPassword() {
        String one = Passwords.hash("correct horse");
        String two = Passwords.hash("correct horse");
        assertThat(one).isNotEqualTo(two);
        assertThat(Passwords.verify("correct horse", one)).isTrue();
        assertThat(Passwords.verify("correct horse!", one)).isFalse();
    }
}
