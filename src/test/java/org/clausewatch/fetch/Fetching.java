package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;

/** Shared settings and assertions for fetcher tests against loopback servers. */
final class Fetching {
    private Fetching() {}

    /** Loopback is private, so tests allow it; no pauses, so tests stay quick. */
    static FetchConfig loopbackConfig() {
        return FetchConfig.defaults()
                .withAllowPrivateAddresses(true)
                .withHostDelay(Duration.ZERO)
                .withInitialBackoff(Duration.ofMillis(5))
                .withTotalTimeout(Duration.ofSeconds(20))
                .withBrowser(Optional.empty());
    }

    static FetchResult fetch(FetchConfig config, URI url) {
        try (HttpFetcher fetcher = new HttpFetcher(config)) {
            return fetcher.fetch(FetchRequest.of(url));
        }
    }

    static Response fetched(FetchResult result) {
        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        return ((FetchResult.Fetched) result).response();
    }

    static Failure failed(FetchResult result, FailureClass expected) {
        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        Failure failure = ((FetchResult.Failed) result).failure();
        assertThat(failure.failureClass()).as(failure.message()).isEqualTo(expected);
        return failure;
    }
}
