package org.clausewatch.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.common.Response;
import org.clausewatch.fetch.FetchResult.Failed;
import org.clausewatch.fetch.FetchResult.Fetched;
import org.clausewatch.fetch.FetchResult.NotModified;

/**
 * Fetches pages politely and safely: every redirect hop passes the address guard and robots.txt, each host
 * sees one request at a time, bodies are bounded in size and time, and every failure comes back classified
 * (transient ones retried with backoff). Blocking; safe to call from many (virtual) threads at once.
 */
public final class HttpFetcher implements AutoCloseable {
    static final String BROWSER_MISSING =
            "browser not available: install Debian's chromium or set CLAUSEWATCH_CHROMIUM";
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;
    // Each Chromium takes hundreds of megabytes and a core; hosts are fetched in parallel, renders are not.
    private static final int MAX_BROWSERS = 2;

    private final FetchConfig config;
    private final BrowserProxy.Admission admission;
    private final Transport transport;
    private final Semaphore browsers = new Semaphore(MAX_BROWSERS);
    private final HostSchedule schedule;
    private final RobotsCache robots;
    private final StatusClassifier classifier;
    private final Clock clock = Clock.systemUTC();

    public HttpFetcher(FetchConfig config) {
        this(config, FetchSharing.NONE);
    }

    /** A fetcher whose politeness and robots.txt answers are shared with other processes through {@code sharing}. */
    public HttpFetcher(FetchConfig config, FetchSharing sharing) {
        this(config, new AddressGuard(config.allowPrivateAddresses())::check, sharing);
    }

    /**
     * With {@code admission} in place of the address guard, for every page, redirect hop and browser sub-request;
     * tests use it to let one loopback address stand for a public site.
     */
    HttpFetcher(FetchConfig config, BrowserProxy.Admission admission) {
        this(config, admission, FetchSharing.NONE);
    }

    private HttpFetcher(FetchConfig config, BrowserProxy.Admission admission, FetchSharing sharing) {
        this.config = Objects.requireNonNull(config, "config");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.transport = new Transport(config);
        this.schedule = new HostSchedule(config.hostDelay(), sharing);
        this.robots = new RobotsCache(
                url -> follow(url, Map.of(), Math.min(MAX_ROBOTS_BYTES, config.maxBodyBytes()), false), sharing);
        this.classifier = new StatusClassifier(BotChallenges.load());
    }

    /** Fetches one page, retrying transient failures up to {@code maxAttempts}; never throws for I/O. */
    public FetchResult fetch(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        for (int attempt = 1; ; attempt++) {
            FetchResult result = attempt(request);
            if (!(result instanceof Failed failed)
                    || !failed.failure().failureClass().isTransient()
                    || attempt >= config.maxAttempts()
                    || Thread.currentThread().isInterrupted()) {
                return result;
            }
            Optional<Duration> pause = pause(failed.failure(), attempt);
            if (pause.isEmpty()) {
                return waitTooLong(failed);
            }
            if (!sleep(pause.get())) {
                return result;
            }
        }
    }

    private FetchResult attempt(FetchRequest request) {
        URI url = request.url();
        try {
            return request.executeClientScripts() ? render(request) : download(request);
        } catch (FetchException e) {
            return failed(url, e.failure());
        } catch (BlockedAddressException e) {
            return failed(url, Failure.of(e.failureClass(), e.getMessage()));
        } catch (UnknownHostException e) {
            return failed(
                    url, Failure.of(FailureClass.DNS, "cannot resolve the host of " + url + ": " + e.getMessage()));
        } catch (IOException e) {
            return failed(url, Transport.classify(url, e).failure());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(url, Failure.of(FailureClass.TIMEOUT, "fetch of " + url + " was interrupted"));
        }
    }

    private FetchResult download(FetchRequest request) throws IOException, InterruptedException {
        Reply reply = follow(request.url(), validators(request), config.maxBodyBytes(), !ignoresRobots(request));
        if (reply.status() == 304) {
            return new NotModified(request.url(), clock.instant());
        }
        if (!reply.isSuccess()) {
            throw classifier.classify(reply, clock.instant());
        }
        if (reply.body().isEmpty()) {
            throw new FetchException(
                    reply.url(),
                    FailureClass.EMPTY,
                    reply.url() + " answered HTTP " + reply.status() + " with an empty body");
        }
        return new Fetched(response(request.url(), reply));
    }

    /** Follows redirects by hand so that every hop is checked and counted. */
    private Reply follow(URI start, Map<String, String> headers, long maxBytes, boolean checkRobots)
            throws IOException, InterruptedException {
        Set<URI> seen = new HashSet<>();
        URI url = start;
        for (int hop = 0; ; hop++) {
            admit(url, checkRobots);
            URI current = url;
            Reply reply = schedule.call(current.getHost(), () -> transport.send(current, headers, maxBytes));
            Optional<URI> next = Redirects.target(reply);
            if (next.isEmpty()) {
                return reply;
            }
            seen.add(url);
            url = next.get();
            if (seen.contains(url)) {
                throw new FetchException(
                        start,
                        FailureClass.REDIRECT_LOOP,
                        "redirect cycle from " + start + ": " + current + " leads back to " + url);
            }
            if (hop >= config.maxRedirects()) {
                throw new FetchException(
                        start,
                        FailureClass.REDIRECT_LOOP,
                        "more than " + config.maxRedirects() + " redirects from " + start);
            }
        }
    }

    private void admit(URI url, boolean checkRobots) throws IOException, InterruptedException {
        admission.check(url);
        if (checkRobots && !robots.allows(url)) {
            throw new FetchException(
                    url,
                    FailureClass.ROBOTS_DISALLOWED,
                    "robots.txt of " + url.getHost() + " disallows " + url + " for " + RobotsCache.ROBOT_NAME);
        }
    }

    private FetchResult render(FetchRequest request) throws IOException, InterruptedException {
        URI url = request.url();
        Path browser = config.browser()
                .orElseThrow(() -> new FetchException(url, FailureClass.BROWSER_NOT_AVAILABLE, BROWSER_MISSING));
        admit(url, !ignoresRobots(request));
        BrowserRenderer renderer = new BrowserRenderer(browser, config.totalTimeout(), config.maxBodyBytes());
        Rendering rendering = schedule.call(url.getHost(), () -> renderExclusively(renderer, url));
        if (rendering.dom().isEmpty()) {
            throw new FetchException(url, FailureClass.EMPTY, "browser rendered an empty page for " + url);
        }
        return new Fetched(new Response(
                url,
                url,
                200,
                Map.of(),
                Map.of(),
                rendering.dom(),
                "text/html",
                Optional.of(StandardCharsets.UTF_8),
                clock.instant(),
                true,
                rendering.refused()));
    }

    /** The serialised DOM, and what the page asked for that the proxy refused. */
    private record Rendering(Bytes dom, RefusedRequests refused) {}

    private Rendering renderExclusively(BrowserRenderer renderer, URI url) throws IOException, InterruptedException {
        browsers.acquire();
        try {
            if (config.allowPrivateAddresses()) {
                return new Rendering(renderer.render(url, OptionalInt.empty()), RefusedRequests.none());
            }
            // everything the page pulls in passes the guard too, not just the page's own address
            try (BrowserProxy proxy = new BrowserProxy(admission)) {
                Bytes dom = renderer.render(url, OptionalInt.of(proxy.port()));
                return new Rendering(dom, proxy.refused());
            }
        } finally {
            browsers.release();
        }
    }

    private Response response(URI requested, Reply reply) {
        Optional<String> contentType = reply.header("content-type");
        return new Response(
                requested,
                reply.url(),
                reply.status(),
                reply.requestHeaders(),
                reply.headers(),
                reply.body(),
                ContentSniffing.mediaType(contentType, reply.body()),
                ContentSniffing.charset(contentType, reply.body()),
                clock.instant(),
                false);
    }

    private boolean ignoresRobots(FetchRequest request) {
        return request.ignoreRobots() || !config.honourRobots();
    }

    private static Map<String, String> validators(FetchRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.etag().ifPresent(etag -> headers.put("If-None-Match", etag));
        request.lastModified().ifPresent(date -> headers.put("If-Modified-Since", date));
        return headers;
    }

    /** Retry-After when the server gave one (empty if longer than we wait), else exponential backoff. */
    private Optional<Duration> pause(Failure failure, int attempt) {
        Optional<Duration> asked = failure.retryAfter();
        if (asked.isPresent()) {
            return asked.get().compareTo(config.maxRetryAfter()) > 0 ? Optional.empty() : asked;
        }
        return Optional.of(config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20)));
    }

    private FetchResult waitTooLong(Failed failed) {
        Failure failure = failed.failure();
        String message = failure.message() + "; it asks to retry after "
                + failure.retryAfter().orElseThrow().toSeconds() + "s, longer than the "
                + config.maxRetryAfter().toSeconds() + "s ClauseWatch waits within a pass";
        return failed(failed.url(), new Failure(failure.failureClass(), message, failure.retryAfter()));
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Failed failed(URI url, Failure failure) {
        return new Failed(url, failure, clock.instant());
    }

    @Override
    public void close() {
        transport.close();
    }
}
