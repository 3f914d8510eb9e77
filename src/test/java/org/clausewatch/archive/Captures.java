package org.clausewatch.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.common.Response;

/** Responses as the fetcher would hand them to the archive. */
final class Captures {
    private Captures() {}

    static Response fetched(String url, byte[] payload, String mediaType, Instant at) {
        return new Response(
                URI.create(url),
                URI.create(url),
                200,
                Map.of("User-Agent", List.of("ClauseWatch-test"), "Accept", List.of("*/*")),
                Map.of(
                        "Content-Type", List.of(mediaType),
                        "Content-Encoding", List.of("gzip"),
                        "Content-Length", List.of("17"),
                        "ETag", List.of("\"v1\"")),
                Bytes.of(payload),
                mediaType,
                Optional.empty(),
                at,
                false);
    }

    static Response rendered(String url, byte[] dom, Instant at) {
        return rendered(url, dom, at, RefusedRequests.none());
    }

    static Response rendered(String url, byte[] dom, Instant at, RefusedRequests refused) {
        return new Response(
                URI.create(url),
                URI.create(url),
                200,
                Map.of(),
                Map.of(),
                Bytes.of(dom),
                "text/html",
                Optional.empty(),
                at,
                true,
                refused);
    }
}
