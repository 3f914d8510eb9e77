package org.clausewatch.alert;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.clausewatch.account.Accounts;
import org.clausewatch.account.Role;
import org.clausewatch.account.User;
import org.clausewatch.history.Chronicle;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.Database;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.testing.AlertConfigBuilder;
import org.clausewatch.testing.Knowledge;
import org.clausewatch.testing.MutableClock;
import org.clausewatch.testing.Readers;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Origin;
import tools.jackson.databind.json.JsonMapper;

/** One open database with accounts and alerts wired as {@code serve} wires them, and helpers to record versions. */
final class AlertFixture implements AutoCloseable {
    static final Taxonomy TAXONOMY = Knowledge.TAXONOMY;

    /** Every service name is known as it is typed: these tests are about alerts; SubscriptionRequestTest checks names. */
    static final Vocabulary VOCABULARY = new Vocabulary(TAXONOMY, Optional::of);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Database database;
    final Accounts accounts;
    final Alerts alerts;
    private final VersionRecorder recorder;

    AlertFixture(Database database, AlertConfig config, MutableClock clock) {
        this.database = database;
        this.accounts = new Accounts(database.reads(), database.writes(), clock);
        this.alerts = new Alerts(database.reads(), database.writes(), database.store(), config, () -> TAXONOMY, clock);
        this.recorder = new VersionRecorder(database.store(), new Chronicle(), Readers.shared());
    }

    /** The configuration tests use: loopback webhooks allowed, three attempts one minute apart. */
    static AlertConfig config() {
        return configured().build();
    }

    /** That configuration, for a test to change one of its values. */
    static AlertConfigBuilder configured() {
        return AlertConfigBuilder.defaults()
                .privateWebhooks(true)
                .retries(new RetryPolicy(3, java.time.Duration.ofMinutes(1)));
    }

    /** Records a tracked version of the document through the real recorder; returns the change it made, if any. */
    Optional<ChangeRow> record(String service, String termsType, String markdown, Instant at) {
        return record(service, termsType, markdown, at, new Origin.Tracked(false, false));
    }

    /** Records a version of {@code origin}, which decides its flags. */
    Optional<ChangeRow> record(String service, String termsType, String markdown, Instant at, Origin origin) {
        long id = database.store().ensureDocument(service, termsType);
        DocumentRow document = new DocumentRow(id, service, termsType);
        long version = recorder.record(
                recorder.state(document), markdown, origin, new VersionRecorder.Captures(at, List.of(), "test-1"));
        return database.store().changeInto(version);
    }

    User user(String email, Role role) {
        return accounts.create(email, role).user();
    }

    User userWithLimit(String email, int limit) {
        User user = user(email, Role.ANALYST);
        accounts.setServiceLimit(email, limit);
        return new User(user.id(), user.email(), user.role(), OptionalInt.of(limit), user.createdAt());
    }

    Subscription subscribe(User user, String json) {
        return alerts.subscriptions()
                .create(user, SubscriptionRequest.parse(JSON.readTree(json), VOCABULARY))
                .subscription();
    }

    static String webhook(URI url, String secret, String extra) {
        return "{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"webhook\", \"url\": \"" + url
                + "\", \"secret\": \"" + secret + "\"}" + extra + "}";
    }

    List<Outbox.Row> alertsOf(Subscription subscription) {
        return alerts.outbox().ofSubscription(subscription.id(), 100);
    }

    @Override
    public void close() {
        alerts.close();
        database.close();
    }
}
