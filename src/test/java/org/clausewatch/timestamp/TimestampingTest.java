package org.clausewatch.timestamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Sha256;
import org.clausewatch.store.Database;
import org.clausewatch.store.NewCapture;
import org.clausewatch.store.Store;
import org.clausewatch.testing.LoopbackTsa;
import org.clausewatch.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The custody chain's head timestamped by a real RFC 3161 authority on loopback, kept in real SQLite, checked. */
class TimestampingTest {
    private static LoopbackTsa tsa;
    private static TimestampAuthority authority;

    @TempDir
    Path dir;

    private Database database;
    private Store store;
    private final MutableClock clock = new MutableClock(Instant.now());
    private int captures;

    @BeforeAll
    static void startAuthority() throws Exception {
        tsa = new LoopbackTsa();
        authority = new TimestampAuthority(URI.create(tsa.url()));
    }

    @AfterAll
    static void stopAuthority() {
        authority.close();
        tsa.close();
    }

    @BeforeEach
    void open() {
        database = Database.sqlite(dir.resolve("clausewatch.db"));
        store = database.store();
        tsa.failNext(0);
        tsa.offsetClock(Duration.ZERO);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Timestamping timestamping(List<java.security.cert.X509Certificate> trusted) {
        return new Timestamping(
                store,
                Optional.of(authority),
                new TimestampConfig(Optional.empty(), trusted, Duration.ofHours(1)),
                clock);
    }

    private Timestamping trusting() {
        return timestamping(List.of(tsa.root()));
    }

    private void capture() {
        captures++;
        store.recordCapture(new NewCapture(
                Optional.empty(),
                "https://example.org/terms",
                clock.instant().minusSeconds(5),
                200,
                "text/html",
                Sha256.of("payload " + captures),
                10,
                Optional.empty(),
                Optional.empty(),
                "clausewatch-test.warc.gz",
                captures * 1000L,
                500,
                "urn:uuid:capture-" + captures,
                false,
                false));
    }

    @Test
    void stampsTheHeadWithATokenOverItsHashAndVerifyFindsItSound() {
        capture();
        capture();

        assertThat(trusting().stampIfDue()).isEqualTo(Timestamping.Outcome.STAMPED);

        var stamp = store.latestCustodyStamp().orElseThrow();
        assertThat(stamp.link().seq()).isEqualTo(2);
        assertThat(stamp.link().hash().hex()).isEqualTo(store.verifyCustody().head());
        assertThat(stamp.authority()).isEqualTo(tsa.url());
        assertThat(Duration.between(stamp.stampedAt(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        TimestampReport report = trusting().verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.notices()).isEmpty();
        assertThat(report.tokens()).isEqualTo(1);
    }

    @Test
    void asksAgainOnlyForANewHeadAndNoMoreThanOncePerInterval() {
        Timestamping timestamping = trusting();
        capture();
        assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.STAMPED);
        int asked = tsa.requests();

        assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.UP_TO_DATE);
        capture();
        assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.TOO_SOON);
        assertThat(tsa.requests()).isEqualTo(asked);
        clock.advance(Duration.ofHours(1));
        assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.STAMPED);

        assertThat(store.custodyStamps()).extracting(s -> s.link().seq()).containsExactly(1L, 2L);
        assertThat(timestamping.verify().problems()).isEmpty();
    }

    @Test
    void recordsAFailedRequestAndAsksAgainLater() {
        Timestamping timestamping = trusting();
        capture();
        tsa.failNext(1);

        assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.FAILED);
        assertThat(store.custodyStampFailures(5)).singleElement().satisfies(failure -> {
            assertThat(failure.seq()).isEqualTo(1);
            assertThat(failure.message()).contains(tsa.url(), "HTTP 503");
        });
        assertThat(store.latestCustodyStamp()).isEmpty();

        clock.advance(Duration.ofHours(1));
        assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.STAMPED);
    }

    @Test
    void sendsNothingWhenNoAuthorityIsConfigured() {
        capture();
        int asked = tsa.requests();

        Timestamping none = new Timestamping(store, Optional.empty(), TimestampConfig.none(), clock);

        assertThat(none.stampIfDue()).isEqualTo(Timestamping.Outcome.NOT_CONFIGURED);
        assertThat(tsa.requests()).isEqualTo(asked);
        assertThat(store.lastCustodyStampAttempt()).isEmpty();
    }

    @Test
    void refusesATokenFromASignerThatIsNotTrusted() throws Exception {
        capture();
        try (LoopbackTsa other = new LoopbackTsa()) {
            Timestamping timestamping = timestamping(List.of(other.root()));

            assertThat(timestamping.stampIfDue()).isEqualTo(Timestamping.Outcome.FAILED);
        }
        assertThat(store.custodyStampFailures(1).getFirst().message()).contains("not one of the trusted");
    }

    @Test
    void withoutTrustedCertificatesVerifySaysTheSignerIsUnchecked() {
        capture();
        Timestamping timestamping = timestamping(List.of());
        timestamping.stampIfDue();

        TimestampReport report = timestamping.verify();

        assertThat(report.problems()).isEmpty();
        assertThat(report.notices()).singleElement().asString().contains("tsa-ca-certificates");
    }

    @Test
    void verifyFindsATokenWhoseBytesWereChanged() {
        capture();
        trusting().stampIfDue();
        byte[] token = store.latestCustodyStamp().orElseThrow().token().toArray();
        token[token.length - 10] ^= 0x01;
        database.writes()
                .useHandle(handle -> handle.createUpdate("UPDATE custody_timestamps SET token = :token")
                        .bind("token", token)
                        .execute());

        assertThat(trusting().verify().problems())
                .singleElement()
                .asString()
                .startsWith("timestamp of custody link 1: ");
    }

    @Test
    void verifyFindsATokenKeptWithALinkItDoesNotCover() {
        capture();
        trusting().stampIfDue();
        capture();
        database.writes().useHandle(handle -> handle.execute("UPDATE custody_timestamps SET seq = 2"));

        assertThat(trusting().verify().problems())
                .singleElement()
                .asString()
                .contains("timestamp of custody link 2", "the token covers");
    }

    @Test
    void verifyFindsATokenOlderThanTheCaptureItCovers() {
        capture();
        tsa.offsetClock(Duration.ofDays(-1));
        trusting().stampIfDue();

        assertThat(trusting().verify().problems())
                .singleElement()
                .asString()
                .contains("before its capture was fetched");
    }
}
