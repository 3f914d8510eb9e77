package org.clausewatch.common;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful fetch. {@code payload} is the decoded body (content-encoding removed), byte-exact otherwise;
 * {@code charset} is what was detected from the header, a byte-order mark or a meta tag, if anything.
 * Pages rendered by the browser have {@code rendered} set and a payload that is the serialised DOM, and
 * {@code refusedRequests} lists what the page tried to load that ClauseWatch refused (none for plain HTTP fetches).
 */
public record Response(
        URI requestedUrl,
        URI finalUrl,
        int status,
        Map<String, List<String>> requestHeaders,
        Map<String, List<String>> headers,
        Bytes payload,
        String mediaType,
        Optional<Charset> charset,
        Instant fetchedAt,
        boolean rendered,
        RefusedRequests refusedRequests) {
    public Response {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        requestHeaders = Map.copyOf(requestHeaders);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(refusedRequests, "refusedRequests");
        if (!rendered && !refusedRequests.isEmpty()) {
            throw new IllegalArgumentException("a page fetched without the browser has no refused sub-requests, but "
                    + finalUrl + " lists " + refusedRequests.summary());
        }
    }

    /** A response with nothing refused: every plain HTTP fetch, and rendered pages whose requests all passed. */
    public Response(
            URI requestedUrl,
            URI finalUrl,
            int status,
            Map<String, List<String>> requestHeaders,
            Map<String, List<String>> headers,
            Bytes payload,
            String mediaType,
            Optional<Charset> charset,
            Instant fetchedAt,
            boolean rendered) {
        this(
                requestedUrl,
                finalUrl,
                status,
                requestHeaders,
                headers,
                payload,
                mediaType,
                charset,
                fetchedAt,
                rendered,
                RefusedRequests.none());
    }

    /** The first value of a response header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }
}
