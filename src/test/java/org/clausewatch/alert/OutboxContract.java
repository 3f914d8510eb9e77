package org.clausewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import org.clausewatch.change.ChangeRecord;
import org.clausewatch.change.Significance;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.Database;
import org.clausewatch.store.StoreException;
import org.clausewatch.testing.MutableClock;
import org.clausewatch.testing.WebhookReceiver;
import org.clausewatch.version.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox and webhook delivery on a real database; one subclass per dialect. Changes are recorded
 * through the real chronicle, alerts go to a real webhook receiver on loopback that checks every signature.
 */
abstract class OutboxContract {
    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
    static final String SECRET = "a-webhook-secret-of-some-length";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    MutableClock clock;
    AlertFixture fixture;
    WebhookReceiver receiver;

    /** A fresh, empty database. */
    abstract Database openDatabase() throws Exception;

    /** The same database again, as a restarted process would open it. */
    abstract Database reopenDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        clock = new MutableClock(T0);
        fixture = new AlertFixture(openDatabase(), AlertFixture.config(), clock);
        receiver = new WebhookReceiver(SECRET);
    }

    @AfterEach
    void close() {
        fixture.close();
        receiver.close();
    }

    private Subscription webhookSubscription(String extra) {
        User analyst = fixture.user("analyst@example.org", Role.ANALYST);
        return fixture.subscribe(analyst, AlertFixture.webhook(receiver.url(), SECRET, extra));
    }

    @Test
    void writesOneAlertPerMatchingSubscriptionWithTheChange() {
        Subscription chatgpt = webhookSubscription("");
        User other = fixture.user("other@example.org", Role.ANALYST);
        Subscription claude = fixture.subscribe(
                other,
                "{\"services\": [\"Claude\"], \"channel\": {\"type\": \"email\", \"address\": \"o@example.org\"}}");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);

        ChangeRow change = fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60))
                .orElseThrow();

        assertThat(change.significance()).isEqualTo(Significance.SUBSTANTIVE);
        assertThat(fixture.alertsOf(claude)).isEmpty();
        Outbox.Row alert = fixture.alertsOf(chatgpt).getFirst();
        assertThat(fixture.alertsOf(chatgpt)).hasSize(1);
        assertThat(alert.changeId()).isEqualTo(change.id());
        assertThat(alert.status()).isEqualTo(Outbox.Status.PENDING);
        assertThat(alert.idempotencyKey()).isEqualTo("cw-alert-" + chatgpt.id() + "-" + change.id());
        JsonNode payload = JSON.readTree(alert.payload()).get("change");
        assertThat(payload.get("service").asString()).isEqualTo("ChatGPT");
        assertThat(payload.get("termsType").asString()).isEqualTo("Terms of Service");
        assertThat(payload.get("provisions").get(0).get("redline").asString())
                .contains("{+", "artificial intelligence");
    }

    @Test
    void alertsAreWrittenInTheTransactionOfTheChangeAndRolledBackWithIt() {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.database.store().onChangeRecorded((change, transaction) -> {
            throw new IllegalStateException("crash after the alert was written, before commit");
        });

        assertThatThrownBy(() -> fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("crash after the alert was written");

        assertThat(fixture.database
                        .store()
                        .versions(fixture.database
                                .store()
                                .document("ChatGPT", "Terms of Service")
                                .orElseThrow()
                                .id()))
                .hasSize(1);
        assertThat(fixture.alertsOf(subscription)).isEmpty();
    }

    @Test
    void neverAlertsOnCosmeticChangesOscillationsTechnicalUpgradesOrImportedHistory() {
        Subscription subscription = webhookSubscription(", \"significance\": \"minor\"");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);

        ChangeRow cosmetic = fixture.record("ChatGPT", "Terms of Service", Terms.COSMETIC, T0.plusSeconds(1))
                .orElseThrow();
        ChangeRow back = fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0.plusSeconds(2))
                .orElseThrow();
        ChangeRow upgrade = fixture.record(
                        "ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(3), new Origin.Reextracted())
                .orElseThrow();
        ChangeRow imported = fixture.record(
                        "ChatGPT", "Terms of Service", Terms.V1, T0.plusSeconds(4), new Origin.Imported(false))
                .orElseThrow();

        assertThat(cosmetic.significance()).isEqualTo(Significance.COSMETIC);
        assertThat(back.flags()).contains(ChangeRecord.Flag.OSCILLATION);
        assertThat(upgrade.flags()).contains(ChangeRecord.Flag.TECHNICAL_UPGRADE);
        assertThat(imported.flags()).contains(ChangeRecord.Flag.IMPORTED);
        assertThat(fixture.alertsOf(subscription)).isEmpty();

        ChangeRow minor = fixture.record("ChatGPT", "Terms of Service", Terms.MINOR, T0.plusSeconds(5))
                .orElseThrow();
        assertThat(minor.significance()).isEqualTo(Significance.MINOR);
        assertThat(fixture.alertsOf(subscription))
                .extracting(Outbox.Row::changeId)
                .containsExactly(minor.id());
    }

    @Test
    void subscriptionsFilterOnTheTopicsAndSeverityReadInTheChangedProvisions() {
        Subscription training = webhookSubscription(", \"topics\": [\"F1\"]");
        User others = fixture.user("others@example.org", Role.ANALYST);
        Subscription arbitration =
                fixture.subscribe(others, AlertFixture.webhook(receiver.url(), SECRET, ", \"topics\": [\"C3\"]"));
        Subscription critical = fixture.subscribe(
                others, AlertFixture.webhook(receiver.url(), SECRET, ", \"minSeverity\": \"critical\""));
        Subscription high =
                fixture.subscribe(others, AlertFixture.webhook(receiver.url(), SECRET, ", \"minSeverity\": \"high\""));
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);

        // the change starts using content to train AI models: topic F1, severity high
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));

        assertThat(fixture.alertsOf(training)).hasSize(1);
        assertThat(fixture.alertsOf(training).getFirst().payload()).contains("\"maxSeverity\":\"high\"", "F1");
        assertThat(fixture.alertsOf(high)).hasSize(1);
        assertThat(fixture.alertsOf(arbitration)).isEmpty();
        assertThat(fixture.alertsOf(critical)).isEmpty();
    }

    @Test
    void deliversASignedWebhookOnceWithItsIdempotencyKey() {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        ChangeRow change = fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60))
                .orElseThrow();

        assertThat(fixture.alerts.worker().deliverDue()).isEqualTo(1);
        assertThat(fixture.alerts.worker().deliverDue()).isZero();

        WebhookReceiver.Received received = receiver.received().getFirst();
        assertThat(receiver.received()).hasSize(1);
        assertThat(received.signatureValid()).isTrue();
        assertThat(received.deliveryKey()).isEqualTo("cw-alert-" + subscription.id() + "-" + change.id());
        JsonNode body = JSON.readTree(received.body());
        assertThat(body.get("idempotencyKey").asString()).isEqualTo(received.deliveryKey());
        assertThat(body.get("change").get("summary").asString()).isEqualTo(change.summary());
        assertThat(body.get("change").get("significance").asString()).isEqualTo("substantive");
        assertThat(body.get("change").get("summary").asString())
                .startsWith("1. Your content: licence recipient: the provider removed;")
                .contains("training on your content: now by default");
        assertThat(body.get("change").get("topicNames").toString()).contains("Training on user content");
        // the item carries its provision's reading and what changed in it, as the change page and API do
        JsonNode item = body.get("change").get("provisions").get(0);
        assertThat(item.get("severity").asString()).isEqualTo("high");
        assertThat(item.get("topics").toString()).contains("F1");
        JsonNode delta = item.get("attributeChanges");
        assertThat(delta.get("severityAfter").asString()).isEqualTo("high");
        // the permission to operate the service gave way to a statement of training: the licence's deltas come first
        JsonNode deltas = delta.get("deltas");
        assertThat(deltas.get(0).get("attribute").asString()).startsWith("licence.");
        JsonNode training = deltas.get(deltas.size() - 1);
        assertThat(training.get("attribute").asString()).isEqualTo("training.use");
        assertThat(training.get("after").toString()).contains("uses");
        assertThat(fixture.alertsOf(subscription).getFirst().status()).isEqualTo(Outbox.Status.DELIVERED);
    }

    @Test
    void aCrashBetweenChangeAndDeliveryDelaysTheAlertButNeitherLosesNorDuplicatesIt() throws Exception {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        ChangeRow change = fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60))
                .orElseThrow();
        fixture.close();
        assertThat(receiver.requests()).isZero();

        fixture = new AlertFixture(reopenDatabase(), AlertFixture.config(), clock);
        fixture.alerts.worker().deliverDue();
        fixture.alerts.worker().deliverDue();
        fixture.close();
        fixture = new AlertFixture(reopenDatabase(), AlertFixture.config(), clock);
        fixture.alerts.worker().deliverDue();

        assertThat(receiver.received())
                .singleElement()
                .satisfies(r ->
                        assertThat(r.deliveryKey()).isEqualTo("cw-alert-" + subscription.id() + "-" + change.id()));
    }

    @Test
    void retriesWithExponentialBackoffWithTheSameKeyAndBody() {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));
        receiver.answer(500, 503);

        fixture.alerts.worker().deliverDue();
        Outbox.Row afterFirst = fixture.alertsOf(subscription).getFirst();
        clock.advance(Duration.ofSeconds(59));
        assertThat(fixture.alerts.worker().deliverDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        fixture.alerts.worker().deliverDue();
        Outbox.Row afterSecond = fixture.alertsOf(subscription).getFirst();
        clock.advance(Duration.ofMinutes(2));
        fixture.alerts.worker().deliverDue();

        assertThat(afterFirst.status()).isEqualTo(Outbox.Status.RETRYING);
        assertThat(afterFirst.lastError()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 500"));
        assertThat(afterFirst.dueAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(afterSecond.dueAt()).isEqualTo(T0.plusSeconds(60 + 120));
        assertThat(receiver.requests()).isEqualTo(3);
        assertThat(receiver.received())
                .singleElement()
                .satisfies(r -> assertThat(r.signatureValid()).isTrue());
        Outbox.Row delivered = fixture.alertsOf(subscription).getFirst();
        assertThat(delivered.status()).isEqualTo(Outbox.Status.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(fixture.alerts.outbox().attempts(delivered.id()))
                .extracting(Outbox.Attempt::outcome)
                .containsExactly("failed", "failed", "delivered");
    }

    @Test
    void deadLettersAnAlertAfterTheLastTry() {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));
        receiver.answer(500, 500, 500, 500);

        for (int i = 0; i < 6; i++) {
            fixture.alerts.worker().deliverDue();
            clock.advance(Duration.ofMinutes(10));
        }

        Outbox.Row dead = fixture.alertsOf(subscription).getFirst();
        assertThat(dead.status()).isEqualTo(Outbox.Status.DEAD);
        assertThat(dead.attempts()).isEqualTo(3);
        assertThat(receiver.requests()).isEqualTo(3);
        assertThat(fixture.alerts.outbox().attempts(dead.id()))
                .extracting(Outbox.Attempt::outcome)
                .containsExactly("failed", "failed", "dead");
    }

    @Test
    void aDeletedSubscriptionIsNotAlertedAndItsPendingAlertsAreCancelled() {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));

        assertThat(fixture.alerts.subscriptions().delete(subscription.userId(), subscription.id()))
                .isTrue();
        fixture.record("ChatGPT", "Terms of Service", Terms.V1.replace("suspend", "terminate"), T0.plusSeconds(120));
        fixture.alerts.worker().deliverDue();

        assertThat(receiver.requests()).isZero();
        assertThat(fixture.alertsOf(subscription))
                .extracting(Outbox.Row::status)
                .containsExactly(Outbox.Status.CANCELLED);
    }

    @Test
    void enforcesThePlanLimitAcrossAUsersSubscriptions() {
        User user = fixture.userWithLimit("limited@example.org", 2);
        fixture.subscribe(user, "{\"services\": [\"ChatGPT\", \"Claude\"], \"channel\": {\"type\": \"feed\"}}");
        fixture.subscribe(user, "{\"services\": [\"claude\"], \"channel\": {\"type\": \"feed\"}}");

        assertThatThrownBy(() ->
                        fixture.subscribe(user, "{\"services\": [\"Gemini\"], \"channel\": {\"type\": \"feed\"}}"))
                .isInstanceOf(PlanLimitException.class)
                .hasMessageContaining("at most 2 watched services")
                .hasMessageContaining("would make 3");
        assertThat(fixture.alerts.subscriptions().of(user.id())).hasSize(2);
    }

    @Test
    void publishesFeedAlertsToThePrivateAtomFeed() {
        User user = fixture.user("reader@example.org", Role.ANALYST);
        Subscriptions.Created created = fixture.alerts
                .subscriptions()
                .create(
                        user,
                        SubscriptionRequest.parse(
                                JSON.readTree("{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"feed\"}}"),
                                AlertFixture.VOCABULARY));
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));
        String token = created.feedToken().orElseThrow();

        String feed = fixture.alerts.feed(token).orElseThrow();

        assertThat(fixture.alerts.worker().deliverDue()).isZero();
        assertThat(feed)
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("ChatGPT · Terms of Service — 1. Your content: ")
                .contains("artificial intelligence");
        assertThat(fixture.alerts.feed(token + "x")).isEmpty();
        assertThat(fixture.alertsOf(created.subscription()))
                .extracting(Outbox.Row::status)
                .containsExactly(Outbox.Status.PUBLISHED);
    }

    @Test
    void twoWorkersOnOneDatabaseSendEveryAlertExactlyOnce() throws Exception {
        User analyst = fixture.user("analyst@example.org", Role.ANALYST);
        for (int i = 0; i < 12; i++) {
            fixture.subscribe(analyst, AlertFixture.webhook(receiver.url(), SECRET, ""));
        }
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));
        try (AlertFixture second = new AlertFixture(reopenDatabase(), AlertFixture.config(), clock)) {
            List<DeliveryWorker> workers = List.of(fixture.alerts.worker(), second.alerts.worker());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> rounds;
            try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
                rounds = workers.stream()
                        .map(worker -> threads.submit(() -> {
                            start.await();
                            return worker.deliverDue();
                        }))
                        .toList();
                start.countDown();
            }

            assertThat(rounds.get(0).get() + rounds.get(1).get()).isEqualTo(12);
        }

        assertThat(receiver.requests()).isEqualTo(12);
        assertThat(keys(receiver.received())).doesNotHaveDuplicates().hasSize(12);
    }

    @Test
    void anAlertClaimedByAWorkerThatCrashedIsSentByAnotherWhenTheLeaseRunsOut() throws Exception {
        Subscription subscription = webhookSubscription("");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));
        Outbox.Row alert = fixture.alertsOf(subscription).getFirst();
        Instant now = clock.instant();
        assertThat(fixture.alerts
                        .outbox()
                        .claim(alert.idempotencyKey(), "crashed-worker", now, now.plus(DeliveryWorker.LEASE)))
                .extracting(Outbox.Row::id)
                .containsExactly(alert.id());
        fixture.close();

        fixture = new AlertFixture(reopenDatabase(), AlertFixture.config(), clock);
        assertThat(fixture.alerts.worker().deliverDue()).isZero();
        clock.advance(DeliveryWorker.LEASE);
        assertThat(fixture.alerts.worker().deliverDue()).isEqualTo(1);

        assertThat(keys(receiver.received())).containsExactly(alert.idempotencyKey());
        assertThat(fixture.alertsOf(subscription).getFirst().status()).isEqualTo(Outbox.Status.DELIVERED);
    }

    @Test
    void aDigestIsClaimedWholeByOneWorker() throws Exception {
        Subscription digest = webhookSubscription(", \"mode\": \"daily\"");
        fixture.record("ChatGPT", "Terms of Service", Terms.V1, T0);
        fixture.record("ChatGPT", "Terms of Service", Terms.SUBSTANTIVE, T0.plusSeconds(60));
        fixture.record("ChatGPT", "Terms of Service", Terms.V1.replace("suspend", "terminate"), T0.plusSeconds(120));
        List<Outbox.Row> alerts = fixture.alertsOf(digest);
        String key = alerts.getFirst().digestKey().orElseThrow();
        Instant slot = alerts.getFirst().dueAt();

        try (AlertFixture second = new AlertFixture(reopenDatabase(), AlertFixture.config(), clock)) {
            List<Outbox.Row> first = fixture.alerts.outbox().claim(key, "a", slot, slot.plus(DeliveryWorker.LEASE));
            List<Outbox.Row> other = second.alerts.outbox().claim(key, "b", slot, slot.plus(DeliveryWorker.LEASE));

            assertThat(alerts)
                    .hasSize(2)
                    .allSatisfy(a -> assertThat(a.digestKey()).contains(key));
            assertThat(first).extracting(Outbox.Row::id).containsExactlyInAnyOrderElementsOf(ids(alerts));
            assertThat(other).isEmpty();
        }
    }

    private static List<Long> ids(List<Outbox.Row> rows) {
        return rows.stream().map(Outbox.Row::id).toList();
    }

    static List<String> keys(List<WebhookReceiver.Received> received) {
        return received.stream().map(WebhookReceiver.Received::deliveryKey).toList();
    }
}
