package org.clausewatch.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One page to fetch. The validators of the previous capture of the same URL, when known, make the request
 * conditional; {@code ignoreRobots} is set only where a declaration or the configuration says so.
 */
public record FetchRequest(
        URI url,
        boolean executeClientScripts,
        Optional<String> etag,
        Optional<String> lastModified,
        boolean ignoreRobots) {
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public static FetchRequest of(URI url) {
        return new FetchRequest(url, false, Optional.empty(), Optional.empty(), false);
    }
}
