package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.archive.ArchivedCapture;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Response;
import org.clausewatch.store.Database;
import org.clausewatch.store.NewCapture;
import org.clausewatch.testing.WebServers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archived captures are served byte-exact, labelled, and sandboxed so that the platform's scripts never run. */
class CaptureViewTest {
    static final String PAGE = "<html><head><script>document.title='pwned'</script></head>"
            + "<body onload=\"document.body.innerHTML='pwned'\"><h1>Platform terms</h1>"
            + "<a href=\"javascript:alert(1)\">x</a></body></html>";

    @TempDir
    Path dir;

    static long archive(Database database, WarcArchive archive, long documentId) throws Exception {
        Response response = new Response(
                URI.create("https://platform.example/terms"),
                URI.create("https://platform.example/terms"),
                200,
                Map.of(),
                Map.of("content-type", List.of("text/html; charset=utf-8")),
                Bytes.of(PAGE.getBytes(StandardCharsets.UTF_8)),
                "text/html",
                Optional.of(StandardCharsets.UTF_8),
                Instant.parse("2026-03-04T05:06:07Z"),
                false);
        ArchivedCapture archived = archive.archive(response, Optional.empty());
        return database.store()
                .recordCapture(NewCapture.of(
                        Optional.of(documentId),
                        archived,
                        200,
                        "text/html; charset=utf-8",
                        PAGE.length(),
                        Optional.empty(),
                        Optional.empty(),
                        false));
    }

    @Test
    void servesTheArchivedBytesSandboxedAndLabelsThem() throws Exception {
        try (Database database = Database.sqlite(dir.resolve("db.sqlite"));
                WarcArchive archive = new WarcArchive(dir.resolve("warcs"))) {
            long documentId = database.store().ensureDocument("Platform", "Terms of Service");
            long id = archive(database, archive, documentId);
            try (WebServer web = WebServers.over(database.store(), archive).start("127.0.0.1", 0);
                    HttpClient client = HttpClient.newHttpClient()) {
                String base = "http://127.0.0.1:" + web.port();
                HttpResponse<byte[]> raw = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/captures/" + id + "/raw"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertThat(raw.body()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
                String csp = raw.headers().firstValue("Content-Security-Policy").orElseThrow();
                assertThat(csp)
                        .startsWith("sandbox;")
                        .contains("default-src 'none'")
                        .doesNotContain("script-src");
                assertThat(raw.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

                Document label = Jsoup.parse(Http.get(base + "/captures/" + id).body());
                assertThat(label.select("dl.label").text())
                        .contains(
                                "2026-03-04 05:06 UTC", "https://platform.example/terms", "Platform · Terms of Service")
                        .contains(database.store()
                                .capture(id)
                                .orElseThrow()
                                .payloadDigest()
                                .hex());
                assertThat(label.select("iframe").attr("sandbox")).isEmpty();
                assertThat(label.select("iframe").hasAttr("sandbox")).isTrue();
                assertThat(label.select("script")).isEmpty();
                assertThat(Http.get(base + "/captures/999").statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void theCaptureApiListsWhatARenderedPageTriedToLoadAndWasRefused() throws Exception {
        try (Database database = Database.sqlite(dir.resolve("db.sqlite"));
                WarcArchive archive = new WarcArchive(dir.resolve("warcs"))) {
            long documentId = database.store().ensureDocument("Platform", "Terms of Service");
            long plain = archive(database, archive, documentId);
            Response rendered = new Response(
                    URI.create("https://platform.example/rendered"),
                    URI.create("https://platform.example/rendered"),
                    200,
                    Map.of(),
                    Map.of(),
                    Bytes.of("<html><body><h1>Rendered terms</h1></body></html>".getBytes(StandardCharsets.UTF_8)),
                    "text/html",
                    Optional.of(StandardCharsets.UTF_8),
                    Instant.parse("2026-03-05T05:06:07Z"),
                    true,
                    org.clausewatch.common.RefusedRequests.of(
                            List.of("http://127.0.0.2/tracker.js: 127.0.0.2 is a loopback address")));
            ArchivedCapture archived = archive.archive(rendered, Optional.empty());
            long refused = database.store()
                    .recordCapture(NewCapture.of(
                            Optional.of(documentId),
                            archived,
                            200,
                            "text/html",
                            50,
                            Optional.empty(),
                            Optional.empty(),
                            true));
            try (WebServer web = WebServers.over(database.store(), archive).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + web.port() + "/api/v1/captures/";
                tools.jackson.databind.JsonNode withRefusals =
                        JSON.readTree(Http.get(base + refused).body());
                assertThat(withRefusals.get("rendered").asBoolean()).isTrue();
                assertThat(withRefusals.get("refusedRequests").get("total").asLong())
                        .isEqualTo(1);
                assertThat(withRefusals
                                .get("refusedRequests")
                                .get("kept")
                                .get(0)
                                .asString())
                        .isEqualTo("http://127.0.0.2/tracker.js: 127.0.0.2 is a loopback address");
                tools.jackson.databind.JsonNode without =
                        JSON.readTree(Http.get(base + plain).body());
                assertThat(without.get("rendered").asBoolean()).isFalse();
                assertThat(without.get("refusedRequests").get("total").asLong()).isZero();
                assertThat(without.get("refusedRequests").get("kept")).isEmpty();

                // a damaged archive: the label and the metadata still answer, saying what could not be read
                Path warc = dir.resolve("warcs").resolve(archived.warcFile());
                byte[] bytes = java.nio.file.Files.readAllBytes(warc);
                for (int i = bytes.length - 40; i < bytes.length - 10; i++) {
                    bytes[i] ^= 0x5a;
                }
                java.nio.file.Files.write(warc, bytes);
                HttpResponse<String> label = Http.get("http://127.0.0.1:" + web.port() + "/captures/" + refused);
                assertThat(label.statusCode()).isEqualTo(200);
                assertThat(Jsoup.parse(label.body()).select("#refused-requests").text())
                        .startsWith("could not be read from the archive");
                HttpResponse<String> metadata = Http.get(base + refused);
                assertThat(metadata.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(metadata.body()).has("refusedRequests"))
                        .isFalse();
            }
        }
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
}
