package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewatch.fetch.Fetching.failed;
import static org.clausewatch.fetch.Fetching.fetch;
import static org.clausewatch.fetch.Fetching.fetched;
import static org.clausewatch.fetch.Fetching.loopback;
import static org.clausewatch.fetch.Fetching.loopbackConfig;
import static org.clausewatch.fetch.StubSite.html;
import static org.clausewatch.fetch.StubSite.send;
import static org.clausewatch.fetch.StubSite.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Slow cases: real waits for deadlines and Retry-After, and a real headless Chromium. */
class HostileServerIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void endsSlowDripBodyInTimeout() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/drip", exchange -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 60; i++) {
                        out.write('.');
                        out.flush();
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException clientGaveUp) {
                    // expected: the fetcher hangs up at its deadline
                }
            });
            FetchConfig config = loopback()
                    .totalTimeout(Duration.ofSeconds(2))
                    .maxAttempts(1)
                    .build();

            Failure failure = failed(fetch(config, site.url("/drip")), FailureClass.TIMEOUT);

            assertThat(failure.message()).contains(site.url("/drip").toString()).contains("2s");
        }
    }

    @Test
    void waitsForRetryAfterThenFetches() throws Exception {
        try (StubSite site = new StubSite()) {
            AtomicInteger hits = new AtomicInteger();
            site.route("/limited", exchange -> {
                if (hits.incrementAndGet() == 1) {
                    send(exchange, 429, Map.of("Retry-After", "1"), utf8("too many"));
                } else {
                    send(exchange, 200, Map.of("Content-Type", "text/html"), utf8("terms after the wait"));
                }
            });

            Response response = fetched(fetch(loopbackConfig(), site.url("/limited")));

            assertThat(response.payload().decode(StandardCharsets.UTF_8)).isEqualTo("terms after the wait");
            assertThat(hits).hasValue(2);
        }
    }

    @Test
    void rendersPageWrittenByJavaScriptInHeadlessChromium() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "skipped: /usr/bin/chromium is not installed (apt-get install chromium) so rendering cannot be tested");
        String page = "<!DOCTYPE html><html><body><div id=\"terms\"></div><script>"
                + "document.getElementById('terms').textContent = ['Rendered', 'by', 'script'].join(' ');"
                + "</script></body></html>";
        try (StubSite site = new StubSite()) {
            site.route("/spa", html(page));
            FetchRequest scripted = new FetchRequest(site.url("/spa"), true, Optional.empty(), Optional.empty(), false);

            FetchResult result;
            try (HttpFetcher fetcher =
                    new HttpFetcher(loopback().browser(Optional.of(CHROMIUM)).build())) {
                result = fetcher.fetch(scripted);
            }

            Response response = fetched(result);
            assertThat(response.rendered()).isTrue();
            assertThat(response.mediaType()).isEqualTo("text/html");
            assertThat(response.charset()).contains(StandardCharsets.UTF_8);
            assertThat(response.payload().decode(StandardCharsets.UTF_8))
                    .contains("<div id=\"terms\">Rendered by script</div>");
        }
    }

    @Test
    void refusesToRenderWhatRobotsTxtDisallows() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/robots.txt", StubSite.respond(200, Map.of(), utf8("User-agent: *\nDisallow: /spa\n")));
            AtomicInteger hits = site.counted("/spa", html("<p>app</p>"));
            FetchRequest scripted = new FetchRequest(site.url("/spa"), true, Optional.empty(), Optional.empty(), false);

            FetchResult result;
            try (HttpFetcher fetcher =
                    new HttpFetcher(loopback().browser(Optional.of(CHROMIUM)).build())) {
                result = fetcher.fetch(scripted);
            }

            failed(result, FailureClass.ROBOTS_DISALLOWED);
            assertThat(hits).hasValue(0);
        }
    }
}
