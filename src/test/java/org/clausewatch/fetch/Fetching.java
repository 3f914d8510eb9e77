package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Response;
import org.clausewatch.testing.FetchConfigBuilder;

/** Shared settings and assertions for fetcher tests against loopback servers. */
final class Fetching {
    private Fetching() {}

    /** Loopback is private, so tests allow it; no pauses, so tests stay quick. */
    static FetchConfig loopbackConfig() {
        return loopback().build();
    }

    /** The loopback configuration, for a test to change one of its values. */
    static FetchConfigBuilder loopback() {
        return FetchConfigBuilder.from(FetchConfig.defaults(Duration.ZERO, true, Optional.empty()))
                .initialBackoff(Duration.ofMillis(5))
                .totalTimeout(Duration.ofSeconds(20));
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
