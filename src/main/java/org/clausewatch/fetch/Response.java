package org.clausewatch.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.common.Bytes;

/**
 * A successful fetch. {@code payload} is the decoded body (content-encoding removed), byte-exact otherwise;
 * {@code charset} is what was detected from the header, a byte-order mark or a meta tag, if anything.
 * Pages rendered by the browser have {@code rendered} set and a payload that is the serialised DOM.
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
        boolean rendered) {
    public Response {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        requestHeaders = Map.copyOf(requestHeaders);
        headers = Map.copyOf(headers);
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** The first value of a response header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }
}
