package org.clausewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clausewatch.account.Role;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Origin;
import org.clausewatch.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code serve} on a port it picks itself: the links it hands out (a feed's address, the links in an alert) point to
 * the port it actually listens on, not to a guess, when {@code base-url} is not set.
 */
class ServeAddressTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void feedAddressesAndAlertLinksPointToThePortServeListensOn() throws Exception {
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        // declared so that it may be subscribed to; its first pass is an hour away, so it is never fetched
        Files.writeString(declarations.resolve("Example.json"), """
                {"name": "Example", "terms": {"Terms of Service": {"fetch": "http://127.0.0.1:9/t", "select": "main"}}}
                """);
        Settings settings = Settings.resolve(
                dir.resolve("data"),
                Map.of(
                        Setting.PORT, "0",
                        Setting.DECLARATIONS, declarations.toString(),
                        Setting.FIRST_PASS_AFTER, "PT1H"),
                Map.of());
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            WebServer web = app.serve(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            String base = "http://127.0.0.1:" + web.port() + "/";
            String key =
                    app.accounts().create("analyst@example.org", Role.ANALYST).apiKey();

            HttpResponse<String> created = post(base + "api/v1/subscriptions", key, """
                    {"services": ["Example"], "significance": "minor", "channel": {"type": "feed"}}
                    """);
            String feedUrl = JSON.readTree(created.body()).get("feedUrl").asString();
            record(app, "We may suspend your account if you break these terms.", "2026-03-01T10:00:00Z");
            record(
                    app,
                    "We may suspend or delete your account and your content at any time, for any reason.",
                    "2026-03-02T10:00:00Z");
            String feed = get(feedUrl);

            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(feedUrl).startsWith(base + "feeds/cwf_");
            assertThat(feed).contains("<link href=\"" + base + "changes/");
            assertThat(app.alerts().baseUrl()).isEqualTo(URI.create(base));
        }
    }

    private static void record(ClauseWatch app, String text, String at) {
        long id = app.store().ensureDocument("Example", "Terms of Service");
        VersionRecorder recorder = app.history();
        recorder.record(
                recorder.state(new DocumentRow(id, "Example", "Terms of Service")),
                "# Terms of Service\n\n## 1. Termination\n\n" + text + "\n",
                new Origin.Tracked(false, false),
                new VersionRecorder.Captures(Instant.parse(at), List.of(), "test-1"));
    }

    private static HttpResponse<String> post(String url, String key, String body) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + key)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String get(String url) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
