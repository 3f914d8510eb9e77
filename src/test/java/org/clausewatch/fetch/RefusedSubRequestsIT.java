package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.archive.ArchivedCapture;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Response;
import org.clausewatch.store.Database;
import org.clausewatch.store.NewCapture;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.FetchConfigBuilder;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.clausewatch.testing.WebServers;
import org.clausewatch.web.WebServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * A page rendered in real Chromium that pulls a script from an address ClauseWatch refuses: the refusal travels with
 * the capture into its WARC, the {@code show --capture} output and the capture page. 127.0.0.1 plays the public site
 * (as in {@link BrowserProxyIT}); every other loopback address stands for the private network.
 */
class RefusedSubRequestsIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * Other loopback addresses are refused as private; any other host (Chromium's own background requests to its
     * vendor) does not resolve, as on a machine without a name server, which is not a refusal.
     */
    private static final BrowserProxy.Admission ONLY_HOST_ONE = url -> {
        if (url.getHost().startsWith("127.") && !"127.0.0.1".equals(url.getHost())) {
            throw new BlockedAddressException(url, FailureClass.BLOCKED_ADDRESS, "private address " + url.getHost());
        }
        if (!"127.0.0.1".equals(url.getHost())) {
            throw new UnknownHostException(url.getHost());
        }
    };

    @TempDir
    Path data;

    private LocalSite site;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        site.put(
                "/inject.js",
                new Page(
                        200,
                        "text/javascript",
                        "document.getElementById('extra').textContent = 'INJECTED';".getBytes(StandardCharsets.UTF_8),
                        Map.of()));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aRefusedScriptIsKeptInTheWarcAndShownWithTheCapture() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "skipped: /usr/bin/chromium is not installed (apt-get install chromium) so rendering cannot be tested");
        String refusedScript = site.url("/inject.js", 2);

        Response response = render(pageWithScriptFrom(refusedScript));
        long id = archiveAndRecord(response);

        assertThat(response.payload().decode(StandardCharsets.UTF_8))
                .contains("untouched")
                .doesNotContain("INJECTED");
        assertThat(response.refusedRequests().kept())
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith(refusedScript).contains("private address 127.0.0.2"));
        MessageHeaders fields = metadataFields().getFirst();
        assertThat(fields.first("refused-requests-total"))
                .contains(Long.toString(response.refusedRequests().total()));
        assertThat(fields.all("refused-request"))
                .anySatisfy(line -> assertThat(line).startsWith(refusedScript));

        CliRun show = showCapture(id);
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("page tried").contains("refused " + refusedScript + ": private address");
        CliRun json = showCapture(id, "--json");
        assertThat(json.json().get("refusedRequests").get("total").asLong()).isEqualTo(1);
        assertThat(json.json().get("refusedRequests").get("kept").get(0).asString())
                .startsWith(refusedScript);
        assertThat(capturePage(id)).contains("Refused requests").contains(refusedScript);
    }

    @Test
    void aPageWhoseRequestsAllPassCarriesNoRefusals() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "skipped: /usr/bin/chromium is not installed (apt-get install chromium) so rendering cannot be tested");

        Response response = render(pageWithScriptFrom(site.url("/inject.js")));
        long id = archiveAndRecord(response);

        assertThat(response.payload().decode(StandardCharsets.UTF_8)).contains("INJECTED");
        assertThat(response.refusedRequests().kept()).isEmpty();
        assertThat(metadataFields()).isEmpty();
        CliRun show = showCapture(id);
        assertThat(show.status()).as(show.err()).isZero();
        assertThat(show.out()).contains("verified").doesNotContain("refused");
        // as in the API: known and empty, not left out
        assertThat(showCapture(id, "--json")
                        .json()
                        .get("refusedRequests")
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(capturePage(id)).contains("rendered in a browser").doesNotContain("Refused requests");
    }

    private static String pageWithScriptFrom(String script) {
        return "<!DOCTYPE html><html><body><div id=\"terms\">Terms</div><div id=\"extra\">untouched</div>"
                + "<script src=\"" + script + "\"></script></body></html>";
    }

    /** Private addresses are not allowed, so the fetcher renders through the guarding proxy. */
    private Response render(String page) {
        site.put("/terms", Page.html(page));
        FetchConfig config = FetchConfigBuilder.from(FetchConfig.defaults(Duration.ZERO, false, Optional.of(CHROMIUM)))
                .maxAttempts(1)
                .totalTimeout(Duration.ofSeconds(60))
                .build();
        try (HttpFetcher fetcher = new HttpFetcher(config, ONLY_HOST_ONE)) {
            FetchResult result = fetcher.fetch(
                    new FetchRequest(URI.create(site.url("/terms")), true, Optional.empty(), Optional.empty(), true));
            return Fetching.fetched(result);
        }
    }

    /** Into the data folder the command line and the web server read: {@code clausewatch.db} and {@code warcs}. */
    private long archiveAndRecord(Response response) throws IOException {
        try (Database database = Database.sqlite(data.resolve("clausewatch.db"));
                WarcArchive archive = new WarcArchive(data.resolve("warcs"))) {
            ArchivedCapture archived = archive.archive(response, Optional.empty());
            long documentId = database.store().ensureDocument("Platform", "Terms of Service");
            return database.store()
                    .recordCapture(NewCapture.of(
                            Optional.of(documentId),
                            archived,
                            response.status(),
                            response.mediaType(),
                            response.payload().size(),
                            Optional.empty(),
                            Optional.empty(),
                            true));
        }
    }

    private List<MessageHeaders> metadataFields() throws IOException {
        List<MessageHeaders> found = new ArrayList<>();
        try (var files = Files.list(data.resolve("warcs"))) {
            for (Path file : files.toList()) {
                try (WarcReader reader = new WarcReader(file)) {
                    for (WarcRecord record : reader) {
                        if (record instanceof WarcMetadata metadata) {
                            found.add(metadata.fields());
                        }
                    }
                }
            }
        }
        return found;
    }

    private CliRun showCapture(long id, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "show",
                "--data",
                data.toString(),
                "--capture",
                Long.toString(id),
                "--output",
                data.resolve("capture.html").toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private String capturePage(long id) throws Exception {
        try (Database database = Database.sqlite(data.resolve("clausewatch.db"));
                WarcArchive archive = new WarcArchive(data.resolve("warcs"));
                WebServer web = WebServers.over(database.store(), archive).start("127.0.0.1", 0);
                HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/captures/" + id))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            return Jsoup.parse(page.body()).select("dl.label").text();
        }
    }
}
