package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewatch.common.ReadingReport;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.testing.CliRun;
import org.clausewatch.track.Reanalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What show and changes say about provisions once they are read: topics, severity, analysis, attribute deltas. */
class AnalysisCommandsTest {
    private static final String LICENCE =
            "You grant Acme a worldwide, royalty-free licence to use your inputs to operate the service.";
    private static final String TRAINING_LICENCE = "You grant Acme a perpetual, irrevocable, worldwide, royalty-free "
            + "licence to use your inputs to operate the service and to train our models.";

    @TempDir
    static Path dir;

    private static Path data;

    @BeforeAll
    static void importHistory() throws IOException {
        Path terms = Files.createDirectories(dir.resolve("dataset/Acme AI/Terms of Service"));
        Files.writeString(terms.resolve("2024-01-01T00-00-00Z.md"), terms(LICENCE, 30));
        Files.writeString(terms.resolve("2024-02-01T00-00-00Z.md"), terms(TRAINING_LICENCE, 90));
        data = dir.resolve("data");
        CliRun imported = CliRun.run("import-ota", dir.resolve("dataset").toString(), "--data", data.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    private static String terms(String licence, int days) {
        return "# Terms\n\n## 4. Your Content\n\n" + licence + "\n\nWe keep your conversations for " + days
                + " days.\n\nAny dispute will be resolved by binding arbitration in San Francisco, California.\n";
    }

    @Test
    void showGivesEachProvisionItsTopicsSeverityAndAnalysisNamingThePlatform() {
        JsonNode provisions = CliRun.run(
                        "show",
                        "--data",
                        data.toString(),
                        "--service",
                        "Acme AI",
                        "--type",
                        "Terms of Service",
                        "--json")
                .json()
                .get("provisions");
        JsonNode licence = provisions.get(0);
        assertThat(licence.get("text").asString()).isEqualTo(TRAINING_LICENCE);
        assertThat(licence.get("topics").findValuesAsString("id")).contains("D1", "F1");
        assertThat(licence.get("severity").asString()).isEqualTo("high");
        assertThat(licence.get("language").asString()).isEqualTo("explicit document language");
        JsonNode analysis = licence.get("analysis");
        assertThat(analysis.get("whatItSays").asString()).contains("Acme AI");
        assertThat(analysis.get("notice").asString()).containsIgnoringCase("not a legal determination");
        assertThat(licence.get("attributes").toString()).contains("perpetual", "irrevocable");
        assertThat(licence.get("explicit").asBoolean()).isTrue();
        assertThat(analysis.get("whatItMeans").asString()).contains("Acme AI").doesNotContain("D1", "“");
        assertThat(analysis.get("howRead").toString()).contains("licence.scope = perpetual");
        assertThat(licence.get("regulations").findValuesAsString("instrument")).isNotEmpty();

        JsonNode arbitration = provisions.get(2);
        assertThat(arbitration.get("unfair").toString()).isEqualTo("[\"A\"]");
        assertThat(arbitration.get("topics").findValuesAsString("id")).contains("C3");
    }

    @Test
    void analyseReadsWordingsRecordedWithoutAReadingAndNothingTwice() throws Exception {
        Path other = dir.resolve("other");
        CliRun.run("import-ota", dir.resolve("dataset").toString(), "--data", other.toString());
        try (org.clausewatch.store.Database database =
                org.clausewatch.store.Database.open("sqlite:" + other.resolve("clausewatch.db"))) {
            assertThat(database.store().unreadProvisions(ProvisionReader.VERSION, 100))
                    .isEmpty();
        }
        try (java.sql.Connection connection =
                        java.sql.DriverManager.getConnection("jdbc:sqlite:" + other.resolve("clausewatch.db"));
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM provision_readings");
        }
        JsonNode first =
                CliRun.run("analyse", "--data", other.toString(), "--json").json();
        // two versions of three provisions; the arbitration clause kept its words
        assertThat(first.get("wordingsRead").asInt()).isEqualTo(5);
        assertThat(CliRun.run("analyse", "--data", other.toString(), "--json")
                        .json()
                        .get("wordingsRead")
                        .asInt())
                .isZero();
        JsonNode licence = CliRun.run(
                        "show",
                        "--data",
                        other.toString(),
                        "--service",
                        "Acme AI",
                        "--type",
                        "Terms of Service",
                        "--json")
                .json()
                .get("provisions")
                .get(0);
        assertThat(licence.get("severity").asString()).isEqualTo("high");
    }

    @Test
    void anUpgradedReaderReadsEveryWordingAgainAndReadsNothingWhenStoppedAtOnce() throws Exception {
        Path other = importedWithAnEarlierReader("upgraded");
        try (org.clausewatch.store.Database database =
                org.clausewatch.store.Database.open("sqlite:" + other.resolve("clausewatch.db"))) {
            Reanalysis reanalysis = new Reanalysis(database.store(), org.clausewatch.testing.Readers.shared());
            assertThat(reanalysis.run(() -> true)).isEqualTo(new ReadingReport(0, 0, true));
            assertThat(database.store().unreadProvisions(ProvisionReader.VERSION, 100))
                    .hasSize(5);
        }
        JsonNode analysed =
                CliRun.run("analyse", "--data", other.toString(), "--json").json();
        assertThat(analysed.get("readerVersion").asString()).isEqualTo(ProvisionReader.VERSION);
        assertThat(analysed.get("wordingsRead").asInt()).isEqualTo(5);
    }

    @Test
    void serveReadsWhatAnUpgradedReaderHasNotReadInTheBackground() throws Exception {
        Path other = importedWithAnEarlierReader("served");
        StringWriter out = new StringWriter();
        Thread serve = Thread.ofPlatform()
                .start(() -> Cli.execute(
                        new PrintWriter(out, true),
                        new PrintWriter(new StringWriter(), true),
                        "serve",
                        "--data",
                        other.toString(),
                        "--port",
                        "0",
                        "--declarations",
                        dir.resolve("no-declarations").toString()));
        try {
            // the reading runs in the background: wait (at most a minute) for its report
            for (int i = 0; i < 600 && !out.toString().contains("recorded wordings"); i++) {
                Thread.sleep(100);
            }
            assertThat(out.toString())
                    .contains("ClauseWatch serving on")
                    .contains("read 5 recorded wordings with reader version " + ProvisionReader.VERSION);
        } finally {
            serve.interrupt();
            serve.join(60_000);
        }
        assertThat(serve.isAlive()).as("serve stopped when interrupted").isFalse();
        try (org.clausewatch.store.Database database =
                org.clausewatch.store.Database.open("sqlite:" + other.resolve("clausewatch.db"))) {
            assertThat(database.store().unreadProvisions(ProvisionReader.VERSION, 100))
                    .isEmpty();
        }
    }

    @Test
    void compareListsWhatEveryServiceCurrentlySaysOnATopic() throws IOException {
        Path other = Files.createDirectories(dir.resolve("dataset2/Other AI/Terms of Service"));
        Files.writeString(
                other.resolve("2024-03-01T00-00-00Z.md"),
                "# Terms\n\nWe do not use your inputs to train our models.\n\nBe kind to other users of the service.\n");
        Path data2 = dir.resolve("data2");
        CliRun.run("import-ota", dir.resolve("dataset").toString(), "--data", data2.toString());
        CliRun.run("import-ota", dir.resolve("dataset2").toString(), "--data", data2.toString());

        JsonNode compared = CliRun.run("compare", "--topic", "F1", "--data", data2.toString(), "--json")
                .json();
        assertThat(compared.get("id").asString()).isEqualTo("F1");
        assertThat(compared.get("servicesWatched").asInt()).isEqualTo(2);
        assertThat(compared.get("services").asInt()).isEqualTo(2);
        assertThat(compared.get("provisions").findValuesAsString("text"))
                .containsExactly(TRAINING_LICENCE, "We do not use your inputs to train our models.");

        JsonNode high = CliRun.run(
                        "compare", "--topic", "F1", "--min-severity", "high", "--data", data2.toString(), "--json")
                .json();
        assertThat(high.get("provisions").findValuesAsString("service")).containsExactly("Acme AI");
        assertThat(high.get("services").asInt())
                .as("services on the topic, whatever is shown")
                .isEqualTo(2);

        CliRun unknown = CliRun.run("compare", "--topic", "Z9", "--data", data2.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Z9");
    }

    @Test
    void changesSayWhatChangedInTheAnalysisOfEachModifiedProvision() {
        JsonNode change = CliRun.run("changes", "--data", data.toString(), "--json")
                .json()
                .get(0);
        assertThat(change.get("severity").asString()).isEqualTo("high");
        assertThat(change.get("topics").toString()).contains("D1", "F1", "E7");
        JsonNode licence = change.get("items").get(0);
        assertThat(licence.get("attributeChanges").get("summary").asString())
                .contains("became perpetual and irrevocable", "severity rose from low to high");
        JsonNode retention = change.get("items").get(1);
        assertThat(retention.get("attributeChanges").get("summary").asString()).contains("from 30 to 90 days");
        assertThat(retention
                        .get("attributeChanges")
                        .get("deltas")
                        .get(0)
                        .get("attribute")
                        .asString())
                .isEqualTo("retention.days");
    }

    /** The test dataset imported into {@code name}, its readings marked as made by an earlier reader version. */
    private Path importedWithAnEarlierReader(String name) throws Exception {
        Path other = dir.resolve(name);
        CliRun.run("import-ota", dir.resolve("dataset").toString(), "--data", other.toString());
        try (java.sql.Connection connection =
                        java.sql.DriverManager.getConnection("jdbc:sqlite:" + other.resolve("clausewatch.db"));
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("UPDATE provision_readings SET reader_version = '1'");
            statement.execute("UPDATE provision_topics SET reader_version = '1'");
        }
        return other;
    }
}
