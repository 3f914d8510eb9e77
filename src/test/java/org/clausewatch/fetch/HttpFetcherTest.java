package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewatch.fetch.Fetching.failed;
import static org.clausewatch.fetch.Fetching.fetch;
import static org.clausewatch.fetch.Fetching.fetched;
import static org.clausewatch.fetch.Fetching.loopback;
import static org.clausewatch.fetch.Fetching.loopbackConfig;
import static org.clausewatch.fetch.StubSite.html;
import static org.clausewatch.fetch.StubSite.respond;
import static org.clausewatch.fetch.StubSite.send;
import static org.clausewatch.fetch.StubSite.utf8;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Response;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

    @Test
    void fetchesPageWithItsHeadersAndTheHeadersWeSent() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route(
                    "/terms",
                    respond(
                            200,
                            Map.of("Content-Type", "Text/HTML; charset=UTF-8", "X-Served-By", "stub"),
                            utf8("<p>Terms of Service</p>")));

            Response response = fetched(fetch(loopbackConfig(), site.url("/terms")));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.payload().decode(StandardCharsets.UTF_8)).isEqualTo("<p>Terms of Service</p>");
            assertThat(response.mediaType()).isEqualTo("text/html");
            assertThat(response.charset()).contains(StandardCharsets.UTF_8);
            assertThat(response.header("x-served-by")).contains("stub");
            assertThat(response.finalUrl()).isEqualTo(site.url("/terms"));
            assertThat(response.rendered()).isFalse();
            assertThat(response.requestHeaders().get("User-Agent")).containsExactly(FetchConfig.USER_AGENT);
            assertThat(response.requestHeaders().get("Accept-Encoding")).containsExactly("gzip, deflate, br");
            assertThat(response.requestHeaders().get("Host")).containsExactly("127.0.0.1:" + site.port());
        }
    }

    @Test
    void sendsOurUserAgentToTheServer() throws Exception {
        try (StubSite site = new StubSite()) {
            List<String> agents = Collections.synchronizedList(new ArrayList<>());
            site.route("/ua", exchange -> {
                agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
                send(exchange, 200, Map.of(), utf8("ok"));
            });

            fetched(fetch(loopbackConfig(), site.url("/ua")));

            assertThat(agents).containsExactly(FetchConfig.USER_AGENT);
        }
    }

    @Test
    void followsRelativeRedirectToTheFinalPage() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/legal/old", respond(301, Map.of("Location", "new-terms"), new byte[0]));
            site.route("/legal/new-terms", html("moved here"));

            Response response = fetched(fetch(loopbackConfig(), site.url("/legal/old")));

            assertThat(response.requestedUrl()).isEqualTo(site.url("/legal/old"));
            assertThat(response.finalUrl()).isEqualTo(site.url("/legal/new-terms"));
            assertThat(response.payload().decode(StandardCharsets.UTF_8)).isEqualTo("moved here");
        }
    }

    @Test
    void reportsRedirectCycleAsRedirectLoop() throws Exception {
        try (StubSite site = new StubSite()) {
            AtomicInteger hitsA = site.counted("/a", respond(302, Map.of("Location", "/b"), new byte[0]));
            site.route("/b", respond(302, Map.of("Location", "/a"), new byte[0]));

            Failure failure = failed(fetch(loopbackConfig(), site.url("/a")), FailureClass.REDIRECT_LOOP);

            assertThat(failure.message())
                    .contains("cycle")
                    .contains(site.url("/a").toString());
            assertThat(hitsA).hasValue(1);
        }
    }

    @Test
    void stopsAfterMaxRedirects() throws Exception {
        try (StubSite site = new StubSite()) {
            AtomicInteger hops = site.counted("/hop/", exchange -> {
                int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(5));
                send(exchange, 307, Map.of("Location", "/hop/" + (n + 1)), new byte[0]);
            });

            Failure failure =
                    failed(fetch(loopback().maxRedirects(3).build(), site.url("/hop/0")), FailureClass.REDIRECT_LOOP);

            assertThat(failure.message()).contains("more than 3 redirects");
            assertThat(hops).hasValue(4);
        }
    }

    @Test
    void answersNotModifiedWhenTheServerMatchesOurValidators() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/privacy", exchange -> {
                boolean same = "\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                        && "Wed, 01 Jan 2025 00:00:00 GMT"
                                .equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
                send(exchange, same ? 304 : 200, Map.of("ETag", "\"v8\""), same ? new byte[0] : utf8("changed"));
            });
            FetchRequest conditional = new FetchRequest(
                    site.url("/privacy"),
                    false,
                    Optional.of("\"v7\""),
                    Optional.of("Wed, 01 Jan 2025 00:00:00 GMT"),
                    false);

            try (HttpFetcher fetcher = new HttpFetcher(loopbackConfig())) {
                assertThat(fetcher.fetch(conditional)).isInstanceOf(FetchResult.NotModified.class);
                Response fresh = fetched(fetcher.fetch(FetchRequest.of(site.url("/privacy"))));
                assertThat(fresh.header("etag")).contains("\"v8\"");
            }
        }
    }

    @Test
    void refusesPathsThatRobotsTxtDisallowsAndFetchesRobotsOnce() throws Exception {
        try (StubSite site = new StubSite()) {
            AtomicInteger robotsHits = site.counted(
                    "/robots.txt",
                    respond(200, Map.of("Content-Type", "text/plain"), utf8("User-agent: *\nDisallow: /private/\n")));
            AtomicInteger privateHits = site.counted("/private/terms", html("secret terms"));
            site.route("/public/terms", html("public terms"));

            try (HttpFetcher fetcher = new HttpFetcher(loopbackConfig())) {
                Failure failure = failed(
                        fetcher.fetch(FetchRequest.of(site.url("/private/terms"))), FailureClass.ROBOTS_DISALLOWED);
                assertThat(failure.message()).contains("/private/terms");
                fetched(fetcher.fetch(FetchRequest.of(site.url("/public/terms"))));
                FetchRequest overridden =
                        new FetchRequest(site.url("/private/terms"), false, Optional.empty(), Optional.empty(), true);
                assertThat(fetched(fetcher.fetch(overridden)).payload().decode(StandardCharsets.UTF_8))
                        .isEqualTo("secret terms");
            }
            assertThat(robotsHits).hasValue(1);
            assertThat(privateHits).hasValue(1);
        }
    }

    @Test
    void robotsRulesAddressedToClauseWatchApply() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/robots.txt", respond(200, Map.of(), utf8("User-agent: ClauseWatch\nDisallow: /\n")));
            site.route("/tos", html("terms"));

            failed(fetch(loopbackConfig(), site.url("/tos")), FailureClass.ROBOTS_DISALLOWED);
            fetched(fetch(loopback().honourRobots(false).build(), site.url("/tos")));
        }
    }

    @Test
    void brokenRobotsTxtAllowsFetching() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/robots.txt", respond(500, Map.of(), utf8("Disallow: /")));
            site.route("/tos", html("terms"));

            assertThat(fetched(fetch(loopbackConfig(), site.url("/tos")))
                            .payload()
                            .decode(StandardCharsets.UTF_8))
                    .isEqualTo("terms");
        }
    }

    @Test
    void refusesPrivateAddressUnlessAllowed() throws Exception {
        try (StubSite site = new StubSite()) {
            AtomicInteger hits = site.counted("/tos", html("terms"));
            AtomicInteger robotsHits = site.counted("/robots.txt", respond(404, Map.of(), new byte[0]));

            Failure failure = failed(
                    fetch(loopback().allowPrivateAddresses(false).build(), site.url("/tos")),
                    FailureClass.BLOCKED_ADDRESS);

            assertThat(failure.message()).contains("127.0.0.1").contains("--allow-private-addresses");
            assertThat(hits).hasValue(0);
            assertThat(robotsHits).hasValue(0);
        }
    }

    @Test
    void checksEveryRedirectHopWithTheGuard() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/out", respond(302, Map.of("Location", "file:///etc/passwd"), new byte[0]));

            Failure failure = failed(fetch(loopbackConfig(), site.url("/out")), FailureClass.UNSUPPORTED_CONTENT);

            assertThat(failure.message()).contains("file:///etc/passwd");
        }
    }

    @Test
    void refusesUnsupportedScheme() {
        Failure failure = failed(
                fetch(loopbackConfig(), URI.create("ftp://example.org/terms.txt")), FailureClass.UNSUPPORTED_CONTENT);

        assertThat(failure.message()).contains("ftp").contains("ftp://example.org/terms.txt");
    }

    @Test
    void fetchesOneRequestAtATimePerHostWithTheDelayBetween() throws Exception {
        Duration delay = Duration.ofMillis(150);
        try (StubSite site = new StubSite()) {
            List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
            site.route("/doc", exchange -> {
                long start = System.nanoTime();
                // The end is taken before answering: our client can only release the host after that.
                spans.add(new long[] {start, System.nanoTime()});
                send(exchange, 200, Map.of(), utf8("doc"));
            });

            try (HttpFetcher fetcher =
                            new HttpFetcher(loopback().hostDelay(delay).build());
                    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<FetchResult>> results = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    URI url = site.url("/doc?n=" + i);
                    results.add(threads.submit(() -> fetcher.fetch(FetchRequest.of(url))));
                }
                for (Future<FetchResult> result : results) {
                    fetched(result.get());
                }
            }

            assertThat(spans).hasSize(4);
            // Each request starts only after the previous one ended plus the delay: never two at once.
            spans.sort((a, b) -> Long.compare(a[0], b[0]));
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i)[0] - spans.get(i - 1)[1]).isGreaterThanOrEqualTo(delay.toNanos());
            }
        }
    }

    @Test
    void reportsMissingBrowserWithInstallHint() throws Exception {
        try (StubSite site = new StubSite()) {
            AtomicInteger hits = site.counted("/app", html("<div id=app></div>"));
            FetchRequest scripted = new FetchRequest(site.url("/app"), true, Optional.empty(), Optional.empty(), false);

            FetchResult result;
            try (HttpFetcher fetcher =
                    new HttpFetcher(loopback().browser(Optional.empty()).build())) {
                result = fetcher.fetch(scripted);
            }

            Failure failure = failed(result, FailureClass.BROWSER_NOT_AVAILABLE);
            assertThat(failure.message())
                    .isEqualTo("browser not available: install Debian's chromium or set CLAUSEWATCH_CHROMIUM");
            assertThat(hits).hasValue(0);
        }
    }
}
