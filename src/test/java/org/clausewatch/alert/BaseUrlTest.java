package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.clausewatch.store.Database;
import org.clausewatch.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where links point: a set base-url always, otherwise the address serve listens on once it does. */
class BaseUrlTest {
    @TempDir
    Path dir;

    @Test
    void followsTheAddressServeListensOnUnlessBaseUrlIsSet() {
        AlertConfig set = AlertFixture.configured()
                .baseUrl(URI.create("https://cw.example.org/watch/"))
                .build();
        try (Database database = Database.sqlite(dir.resolve("clausewatch.db"));
                Alerts unset = alerts(database, AlertFixture.config());
                Alerts explicit = alerts(database, set)) {
            assertThat(unset.baseUrl()).hasToString("http://127.0.0.1:8080/");
            unset.listeningOn("127.0.0.1", 41234);
            explicit.listeningOn("127.0.0.1", 41234);

            assertThat(unset.baseUrl()).hasToString("http://127.0.0.1:41234/");
            assertThat(explicit.baseUrl()).hasToString("https://cw.example.org/watch/");
        }
    }

    private static Alerts alerts(Database database, AlertConfig config) {
        return new Alerts(
                database.reads(),
                database.writes(),
                database.store(),
                config,
                () -> AlertFixture.TAXONOMY,
                new MutableClock(Instant.parse("2026-03-01T00:00:00Z")));
    }

    @Test
    void namesTheHostItBindsAndTheMachineForAWildcard() {
        assertThat(Alerts.address("localhost", 9000)).hasToString("http://localhost:9000/");
        assertThat(Alerts.address("::1", 9000)).hasToString("http://[::1]:9000/");
        assertThat(Alerts.address("0.0.0.0", 9000).getHost())
                .isNotEqualTo("0.0.0.0")
                .isNotBlank();
        assertThat(Alerts.address("0.0.0.0", 9000).getPort()).isEqualTo(9000);
    }
}
