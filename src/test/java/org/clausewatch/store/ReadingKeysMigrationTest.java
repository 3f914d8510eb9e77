package org.clausewatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.ReadingReport;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.Provision;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.reading.Reading;
import org.clausewatch.testing.Readers;
import org.clausewatch.track.Reanalysis;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database recorded before readings were kept per lead-in (schema V14), opened by this version: readings of words
 * that no provision reads after a lead-in keep working; those of words some provision continues a lead-in with were
 * made with whichever lead-in came first, so they are dropped, and the next reading run reads each such provision
 * under its own lead-in, where the pages' queries find it.
 */
class ReadingKeysMigrationTest {
    private static final String BARE = "We keep your account data for as long as your account is open.";
    private static final String LEAD_IN =
            "Written claims concerning copyright infringement must include all of the following information:";
    private static final String ITEM = "Your address, telephone number, and e-mail address";

    @TempDir
    Path dir;

    @Test
    void keepsReadingsOfWordsWithoutALeadInAndReadsTheOthersAgainUnderTheirLeadIn() throws SQLException {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration/sqlite")
                .target("14")
                .load()
                .migrate();
        Reading stale = new Reading(List.of(), List.of(), Optional.empty(), 0.5, false, "stale");
        try (Connection connection = DriverManager.getConnection(url)) {
            execute(connection, "INSERT INTO documents (id, service, terms_type) VALUES (1, 'Example', 'Terms')");
            execute(
                    connection,
                    "INSERT INTO versions (id, document_id, captured_at, sha256, bytes, flags, extractor_version) "
                            + "VALUES (1, 1, 0, 'x', 1, '', 'test')");
            provision(connection, 0, BARE, null);
            provision(connection, 1, ITEM, LEAD_IN);
            reading(connection, Provision.keyOf(BARE), stale);
            reading(connection, Provision.keyOf(ITEM), stale);
        }

        try (Database database = Database.sqlite(file)) {
            Store store = database.store();
            assertThat(store.readings(ProvisionReader.VERSION, List.of(Provision.keyOf(BARE))))
                    .containsEntry(Provision.keyOf(BARE), stale);
            assertThat(store.readings(ProvisionReader.VERSION, List.of(Provision.keyOf(ITEM))))
                    .isEmpty();

            ReadingReport report = new Reanalysis(store, Readers.shared()).run(() -> false);

            ProvisionRow item = store.provisions(1).get(1);
            Reading read = Readers.shared().read(ITEM, Optional.of(LEAD_IN));
            assertThat(report.read()).isEqualTo(1);
            assertThat(item.readingKey()).isNotEqualTo(Provision.keyOf(ITEM));
            assertThat(store.readings(ProvisionReader.VERSION, List.of(item.readingKey())))
                    .containsEntry(item.readingKey(), read);
            assertThat(read.topicIds()).isNotEmpty();
            assertThat(store.currentProvisionsOn(read.topicIds().get(0), ProvisionReader.VERSION))
                    .extracting(row -> row.provision().text())
                    .contains(ITEM);
            assertThat(store.unreadProvisions(ProvisionReader.VERSION, 10)).isEmpty();
        }
    }

    private static void provision(Connection connection, int position, String text, String context)
            throws SQLException {
        String sha256 = Sha256.of(text).hex();
        try (PreparedStatement texts =
                connection.prepareStatement("INSERT INTO provision_texts (sha256, text) VALUES (?, ?)")) {
            texts.setString(1, sha256);
            texts.setString(2, text);
            texts.executeUpdate();
        }
        try (PreparedStatement rows = connection.prepareStatement("INSERT INTO provisions (version_id, position, "
                + "lineage_id, page, kind, path, context, text_sha256, text_key) "
                + "VALUES (1, ?, ?, 0, 'list-item', '[\"Your content\"]', ?, ?, ?)")) {
            rows.setInt(1, position);
            rows.setString(2, "L-" + position);
            rows.setString(3, context);
            rows.setString(4, sha256);
            rows.setString(5, Provision.keyOf(text));
            rows.executeUpdate();
        }
    }

    private static void reading(Connection connection, String key, Reading reading) throws SQLException {
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO provision_readings (text_key, "
                + "reader_version, topics, unfair, severity, confidence, explicit, rule) "
                + "VALUES (?, ?, '[]', '[]', 'none', ?, ?, ?)")) {
            row.setString(1, key);
            row.setString(2, ProvisionReader.VERSION);
            row.setDouble(3, reading.confidence());
            row.setBoolean(4, reading.explicit());
            row.setString(5, reading.rule());
            row.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
