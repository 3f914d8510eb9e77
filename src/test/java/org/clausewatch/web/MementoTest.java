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
import org.clausewatch.store.Store;
import org.clausewatch.testing.WebServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memento (RFC 7089) over real HTTP: the TimeGate negotiates on Accept-Datetime, the TimeMap lists every capture, and
 * each memento is the sandboxed archived bytes with its datetime and links.
 */
class MementoTest {
    static final String TERMS = "https://platform.example/terms";
    static final String PRIVACY = "https://platform.example/privacy?lang=en";
    static final Instant FIRST = Instant.parse("2026-01-10T08:00:00Z");
    static final Instant SECOND = Instant.parse("2026-02-10T08:00:00Z");
    static final Instant THIRD = Instant.parse("2026-03-10T08:00:00Z");
    static final String OLD = "<html><body><h1>Terms</h1><script>alert(1)</script><p>Old terms.</p></body></html>";
    static final String NEW = "<html><body><h1>Terms</h1><p>New terms.</p></body></html>";

    @TempDir
    static Path dir;

    static Database database;
    static WarcArchive archive;
    static WebServer web;
    static String base;
    static HttpClient client;
    static long first;
    static long second;
    static long third;

    @BeforeAll
    static void captureAndServe() throws Exception {
        database = Database.sqlite(dir.resolve("db.sqlite"));
        archive = new WarcArchive(dir.resolve("warcs"));
        Store store = database.store();
        long document = store.ensureDocument("Platform", "Terms of Service");
        ArchivedCapture one = archive.archive(response(TERMS, OLD, FIRST), Optional.empty());
        first = record(store, document, one);
        ArchivedCapture two = archive.archive(response(TERMS, OLD, SECOND), Optional.of(one));
        assertThat(two.revisit()).isTrue();
        second = record(store, document, two);
        third = record(store, document, archive.archive(response(TERMS, NEW, THIRD), Optional.of(two)));
        record(store, document, archive.archive(response(PRIVACY, NEW, FIRST), Optional.empty()));
        web = WebServers.over(store, archive).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void close() throws Exception {
        client.close();
        web.close();
        archive.close();
        database.close();
    }

    static Response response(String url, String page, Instant at) {
        return new Response(
                URI.create(url),
                URI.create(url),
                200,
                Map.of(),
                Map.of("content-type", List.of("text/html; charset=utf-8")),
                Bytes.of(page.getBytes(StandardCharsets.UTF_8)),
                "text/html",
                Optional.of(StandardCharsets.UTF_8),
                at,
                false);
    }

    static long record(Store store, long document, ArchivedCapture archived) {
        return store.recordCapture(NewCapture.of(
                Optional.of(document),
                archived,
                200,
                "text/html; charset=utf-8",
                100,
                Optional.empty(),
                Optional.empty(),
                false));
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theTimeGateRedirectsToTheMementoClosestToTheAcceptedDatetime() throws Exception {
        HttpResponse<byte[]> gate =
                get("/memento/timegate/" + TERMS, "Accept-Datetime", "Thu, 12 Feb 2026 00:00:00 GMT");

        assertThat(gate.statusCode()).isEqualTo(302);
        assertThat(gate.headers().firstValue("Location").orElseThrow()).endsWith("/captures/" + second + "/raw");
        assertThat(gate.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("accept-datetime");
        assertThat(gate.headers().firstValue("Link").orElseThrow())
                .contains("<" + TERMS + ">; rel=\"original\"")
                .contains("</memento/timemap/link/" + TERMS + ">; rel=\"timemap\"; type=\"application/link-format\"")
                .contains("</captures/" + first + "/raw>; rel=\"first prev memento\"; "
                        + "datetime=\"Sat, 10 Jan 2026 08:00:00 GMT\"")
                .contains("</captures/" + second + "/raw>; rel=\"memento\"; datetime=\"Tue, 10 Feb 2026 08:00:00 GMT\"")
                .contains("</captures/" + third + "/raw>; rel=\"next last memento\"")
                .doesNotContain("rel=\"timegate\"");
    }

    @Test
    void withoutAcceptDatetimeTheTimeGateChoosesTheLatestAndBeforeTheFirstTheFirst() throws Exception {
        assertThat(get("/memento/timegate/" + TERMS)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/captures/" + third + "/raw");
        HttpResponse<byte[]> early =
                get("/memento/timegate/" + TERMS, "Accept-Datetime", "Mon, 01 Jan 2024 00:00:00 GMT");
        assertThat(early.headers().firstValue("Location").orElseThrow()).endsWith("/captures/" + first + "/raw");
        HttpResponse<byte[]> head = client.send(
                HttpRequest.newBuilder(URI.create(base + "/memento/timegate/" + TERMS))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(302);
        assertThat(head.headers().firstValue("Location").orElseThrow()).endsWith("/captures/" + third + "/raw");
    }

    @Test
    void aBadDatetimeIsABadRequestAndAnUntrackedUrlIsNotFound() throws Exception {
        assertThat(get("/memento/timegate/" + TERMS, "Accept-Datetime", "yesterday")
                        .statusCode())
                .isEqualTo(400);
        assertThat(get("/memento/timegate/https://elsewhere.example/terms").statusCode())
                .isEqualTo(404);
        assertThat(get("/memento/timemap/link/https://elsewhere.example/terms").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theTimeMapListsEveryMementoOldestFirstInLinkFormat() throws Exception {
        HttpResponse<byte[]> map = get("/memento/timemap/link/" + TERMS);

        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/link-format");
        List<String> lines =
                new String(map.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .containsExactly(
                        "<" + TERMS + ">; rel=\"original\",",
                        "</memento/timemap/link/" + TERMS + ">; rel=\"self\"; type=\"application/link-format\"; "
                                + "from=\"Sat, 10 Jan 2026 08:00:00 GMT\"; until=\"Tue, 10 Mar 2026 08:00:00 GMT\",",
                        "</memento/timegate/" + TERMS + ">; rel=\"timegate\",",
                        "</captures/" + first
                                + "/raw>; rel=\"first memento\"; datetime=\"Sat, 10 Jan 2026 08:00:00 GMT\",",
                        "</captures/" + second + "/raw>; rel=\"memento\"; datetime=\"Tue, 10 Feb 2026 08:00:00 GMT\",",
                        "</captures/" + third
                                + "/raw>; rel=\"last memento\"; datetime=\"Tue, 10 Mar 2026 08:00:00 GMT\"");
    }

    @Test
    void aMementoIsTheArchivedBytesSandboxedWithItsDatetimeAndLinks() throws Exception {
        String location = get("/memento/timegate/" + TERMS, "Accept-Datetime", "Sun, 11 Jan 2026 00:00:00 GMT")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        HttpResponse<byte[]> memento = get(URI.create(base).resolve(location).getPath());

        assertThat(memento.statusCode()).isEqualTo(200);
        assertThat(memento.body()).isEqualTo(OLD.getBytes(StandardCharsets.UTF_8));
        assertThat(memento.headers().firstValue("Memento-Datetime")).hasValue("Sat, 10 Jan 2026 08:00:00 GMT");
        assertThat(memento.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("sandbox;")
                .doesNotContain("script-src");
        assertThat(memento.headers().firstValue("Link").orElseThrow())
                .contains("<" + TERMS + ">; rel=\"original\"")
                .contains("</memento/timegate/" + TERMS + ">; rel=\"timegate\"")
                .contains("rel=\"timemap\"")
                .contains("</captures/" + first + "/raw>; rel=\"first memento\"")
                .contains("</captures/" + second + "/raw>; rel=\"next memento\"");

        HttpResponse<byte[]> revisit = get("/captures/" + second + "/raw");
        assertThat(revisit.body()).isEqualTo(OLD.getBytes(StandardCharsets.UTF_8));
        assertThat(revisit.headers().firstValue("Memento-Datetime")).hasValue("Tue, 10 Feb 2026 08:00:00 GMT");
    }

    @Test
    void aUrlWithAQueryOrSentPercentEncodedFindsItsMementos() throws Exception {
        HttpResponse<byte[]> map = get("/memento/timemap/link/" + PRIVACY);
        assertThat(new String(map.body(), StandardCharsets.UTF_8)).startsWith("<" + PRIVACY + ">; rel=\"original\"");
        HttpResponse<byte[]> encoded = get("/memento/timegate/https%3A%2F%2Fplatform.example%2Fterms");
        assertThat(encoded.statusCode()).isEqualTo(302);
        assertThat(encoded.headers().firstValue("Location").orElseThrow()).endsWith("/captures/" + third + "/raw");
    }
}
