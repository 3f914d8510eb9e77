package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clausewatch.store.Database;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.WebServers;
import org.clausewatch.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One read model: what a command prints with {@code --json} is what the API answers for the same thing, field for
 * field, over one imported history.
 */
class CommandLineAndApiAgreeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static Path data;
    private static Database database;
    private static WebServer web;

    @BeforeAll
    static void importAndServe() throws IOException {
        Path terms = Files.createDirectories(dir.resolve("dataset/Acme AI/Terms of Service"));
        Files.writeString(
                terms.resolve("2024-01-01T00-00-00Z.md"),
                "# Terms\n\n## Content\n\nYou grant Acme a licence to use your inputs to operate the service.\n\n"
                        + "We keep your conversations for 30 days.\n");
        Files.writeString(
                terms.resolve("2024-02-01T00-00-00Z.md"),
                "# Terms\n\n## Content\n\nYou grant Acme a perpetual, irrevocable licence to use your inputs to"
                        + " operate the service and to train our models.\n\nWe keep your conversations for 90 days.\n");
        Path other = Files.createDirectories(dir.resolve("dataset/Other AI/Terms of Service"));
        Files.writeString(
                other.resolve("2024-03-01T00-00-00Z.md"),
                "# Terms\n\nWe do not use your inputs to train our models.\n");
        data = dir.resolve("data");
        CliRun imported = CliRun.run("import-ota", dir.resolve("dataset").toString(), "--data", data.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        database = Database.open("sqlite:" + data.resolve("clausewatch.db"));
        web = WebServers.over(database.store()).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        web.close();
        database.close();
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode cli(String... args) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", data.toString(), "--json"))
                .toArray(String[]::new);
        CliRun run = CliRun.run(all);
        assertThat(run.status()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void showPrintsTheVersionTheApiServes() throws Exception {
        JsonNode shown = cli("show", "--service", "Acme AI", "--type", "Terms of Service");
        JsonNode served = api("/api/v1/versions/" + shown.get("id").asLong());
        assertThat(shown).isEqualTo(served);
        JsonNode licence = shown.get("provisions").get(0);
        assertThat(licence.get("severity").asString()).isEqualTo("high");
        assertThat(licence.get("rule").asString()).isNotEqualTo("none");
        assertThat(licence.get("topics").findValuesAsString("id")).contains("D1");
        assertThat(licence.get("regulations").findValuesAsString("requirement")).isNotEmpty();
        assertThat(licence.get("analysis").get("evidence").findValuesAsString("name"))
                .contains("licence.scope");
    }

    @Test
    void versionsListsWhatTheApiLists() throws Exception {
        JsonNode listed = cli("versions", "--service", "Acme AI", "--type", "Terms of Service");
        JsonNode served = api("/api/v1/services/acme-ai/terms-of-service/versions");
        assertThat(listed).isEqualTo(served.get("versions"));
        assertThat(listed.get(0).has("captureIds")).isTrue();
    }

    @Test
    void changesPrintEachChangeAsTheApiServesIt() throws Exception {
        JsonNode change = cli("changes", "--service", "Acme AI").get(0);
        assertThat(change).isEqualTo(api("/api/v1/changes/" + change.get("id").asLong()));
        assertThat(change.get("items")
                        .get(0)
                        .get("attributeChanges")
                        .get("summary")
                        .asString())
                .contains("became perpetual");
        assertThat(change.get("document").get("service").asString()).isEqualTo("Acme AI");
    }

    @Test
    void compareOnATopicPrintsWhatTheTopicApiServes() throws Exception {
        assertThat(cli("compare", "--topic", "F1")).isEqualTo(api("/api/v1/topics/F1"));
    }

    @Test
    void statusListsWhatTheApiLists() throws Exception {
        assertThat(cli("status")).isEqualTo(api("/api/v1/status"));
    }

    @Test
    void provisionsCarryTheAddressOfTheirPage() {
        JsonNode provision = cli("show", "--service", "Other AI", "--type", "Terms of Service")
                .get("provisions")
                .get(0);
        assertThat(provision.get("text").asString()).isEqualTo("We do not use your inputs to train our models.");
        assertThat(Optional.ofNullable(provision.get("url")).map(JsonNode::asString))
                .hasValue("/provisions/" + provision.get("lineageId").asString());
    }
}
