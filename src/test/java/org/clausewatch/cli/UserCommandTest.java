package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.store.Database;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {
    @TempDir
    Path dir;

    @Test
    void addsTheFirstAdminAndPrintsAWorkingPasswordAndApiKey() {
        String data = dir.resolve("data").toString();
        CliRun run = CliRun.run("user", "add", "root@example.org", "--role", "admin", "--data", data);

        assertThat(run.status()).isZero();
        Matcher key = Pattern.compile("API key: (cwk_\\S+)").matcher(run.out());
        Matcher password = Pattern.compile("one-time password: (\\S+)").matcher(run.out());
        assertThat(key.find()).isTrue();
        assertThat(password.find()).isTrue();
        try (Database database = Database.sqlite(dir.resolve("data/clausewatch.db"))) {
            Accounts accounts = new Accounts(database.reads(), database.writes(), java.time.Clock.systemUTC());
            assertThat(accounts.byApiKey(key.group(1)).orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(accounts.login("root@example.org", password.group(1))).isPresent();
        }
        CliRun list = CliRun.run("user", "list", "--data", data, "--json");
        assertThat(list.json().get("users").get(0).get("role").asString()).isEqualTo("admin");
    }

    @Test
    void keyNewReplacesTheUsersKeysAndKeyRevokeStopsThemAtOnce() {
        String data = dir.resolve("data").toString();
        CliRun added = CliRun.run("user", "add", "a@example.org", "--role", "analyst", "--data", data, "--json");
        String first = added.json().get("apiKey").asString();

        CliRun renewed = CliRun.run("user", "key-new", "a@example.org", "--data", data, "--json");
        String second = renewed.json().get("apiKey").asString();
        try (Database database = Database.sqlite(dir.resolve("data/clausewatch.db"))) {
            Accounts accounts = new Accounts(database.reads(), database.writes(), java.time.Clock.systemUTC());
            assertThat(second).startsWith("cwk_").isNotEqualTo(first);
            assertThat(accounts.byApiKey(first)).isEmpty();
            assertThat(accounts.byApiKey(second).orElseThrow().email()).isEqualTo("a@example.org");
        }

        CliRun revoked = CliRun.run("user", "key-revoke", "a@example.org", "--data", data);
        CliRun unknown = CliRun.run("user", "key-revoke", "nobody@example.org", "--data", data);

        assertThat(revoked.out()).contains("revoked 1 API keys of a@example.org");
        try (Database database = Database.sqlite(dir.resolve("data/clausewatch.db"))) {
            Accounts accounts = new Accounts(database.reads(), database.writes(), java.time.Clock.systemUTC());
            assertThat(accounts.byApiKey(second)).isEmpty();
        }
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no user 'nobody@example.org'");
    }

    @Test
    void refusesAnUnknownRoleWithStatusTwo() {
        CliRun run = CliRun.run("user", "add", "x@example.org", "--role", "owner", "--data", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'owner' is not one of viewer, analyst, admin");
    }
}
