package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import org.clausewatch.store.Database;
import org.clausewatch.testing.AlertConfigBuilder;
import org.clausewatch.testing.MutableClock;
import org.clausewatch.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook URLs pass the same private-address guard as fetching, with an allow-list of hosts. */
class WebhookAddressTest {
    @TempDir
    Path dir;

    private AlertFixture open(Set<String> allowHosts) {
        AlertConfig config =
                AlertConfigBuilder.defaults().webhookAllowHosts(allowHosts).build();
        return new AlertFixture(Database.sqlite(dir.resolve("db.sqlite")), config, new MutableClock(Instant.EPOCH));
    }

    private static String hook(String url) {
        return "{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"webhook\", \"url\": \"" + url
                + "\", \"secret\": \"0123456789abcdef\"}}";
    }

    @Test
    void refusesLoopbackAndPrivateWebhookAddresses() {
        try (AlertFixture fixture = open(Set.of())) {
            User user = fixture.user("a@example.org", Role.ANALYST);
            for (String url : new String[] {"http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://localhost/x"}) {
                assertThatThrownBy(() -> fixture.subscribe(user, hook(url)))
                        .as(url)
                        .isInstanceOfSatisfying(
                                InvalidSubscriptionException.class,
                                e -> assertThat(e.field()).isEqualTo("channel.url"))
                        .hasMessageContaining("private or local address");
            }
            assertThat(fixture.alerts.subscriptions().of(user.id())).isEmpty();
        }
    }

    @Test
    void allowsHostsOnTheAllowList() {
        try (AlertFixture fixture = open(Set.of("127.0.0.1"))) {
            User user = fixture.user("a@example.org", Role.ANALYST);
            assertThat(fixture.subscribe(user, hook("http://127.0.0.1:9/hook"))
                            .channel()
                            .type())
                    .isEqualTo("webhook");
            assertThatThrownBy(() -> fixture.subscribe(user, hook("http://10.1.2.3/hook")))
                    .hasMessageContaining("10.1.2.3");
        }
    }

    @Test
    void theSubscriptionKeepsItsPrivateAddressDecisionWhicheverProcessDeliversItsAlerts() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
        try (WebhookReceiver receiver = new WebhookReceiver("0123456789abcdef");
                AlertFixture permissive =
                        new AlertFixture(Database.sqlite(dir.resolve("db.sqlite")), AlertFixture.config(), clock);
                AlertFixture strict = new AlertFixture(
                        Database.sqlite(dir.resolve("db.sqlite")),
                        AlertFixture.configured().privateWebhooks(false).build(),
                        clock)) {
            User user = permissive.user("a@example.org", Role.ANALYST);
            permissive.subscribe(user, hook(receiver.url().toString()));
            permissive.record("ChatGPT", "Terms of Service", Terms.V1, clock.instant());
            permissive.record(
                    "ChatGPT",
                    "Terms of Service",
                    Terms.SUBSTANTIVE,
                    clock.instant().plusSeconds(60));

            assertThat(strict.alerts.worker().deliverDue())
                    .as("the stricter process delivers what the deployment allowed when the subscription was made")
                    .isEqualTo(1);
            assertThat(receiver.received()).hasSize(1);
            assertThatThrownBy(() -> strict.subscribe(user, hook(receiver.url().toString())))
                    .hasMessageContaining("private or local address");
        }
    }
}
