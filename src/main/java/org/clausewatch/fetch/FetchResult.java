package org.clausewatch.fetch;

import java.time.Instant;
import org.clausewatch.common.Failure;
import org.clausewatch.common.Response;

/** The outcome of fetching one page. */
public sealed interface FetchResult {

    /** The page was fetched. */
    record Fetched(Response response) implements FetchResult {}

    /** The server answered 304: the page is the same as at the previous capture. */
    record NotModified(java.net.URI url, Instant checkedAt) implements FetchResult {}

    /** The page could not be fetched, after any retries. */
    record Failed(java.net.URI url, Failure failure, Instant failedAt) implements FetchResult {}
}
