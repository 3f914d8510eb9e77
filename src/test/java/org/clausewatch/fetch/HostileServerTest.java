package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clausewatch.fetch.Fetching.failed;
import static org.clausewatch.fetch.Fetching.fetch;
import static org.clausewatch.fetch.Fetching.fetched;
import static org.clausewatch.fetch.Fetching.loopback;
import static org.clausewatch.fetch.Fetching.loopbackConfig;
import static org.clausewatch.fetch.StubSite.gzip;
import static org.clausewatch.fetch.StubSite.respond;
import static org.clausewatch.fetch.StubSite.send;
import static org.clausewatch.fetch.StubSite.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.Response;
import org.junit.jupiter.api.Test;

class HostileServerTest {
    private static final String TERMS = "<h1>Terms</h1><p>We may change these terms at any time.</p>";

    @Test
    void decodesGzipBody() throws Exception {
        assertDecoded("gzip", gzip(utf8(TERMS)));
    }

    @Test
    void decodesZlibWrappedDeflateBody() throws Exception {
        assertDecoded("deflate", deflate(utf8(TERMS), false));
    }

    @Test
    void decodesRawDeflateBody() throws Exception {
        assertDecoded("deflate", deflate(utf8(TERMS), true));
    }

    @Test
    void decodesBrotliBody() throws Exception {
        assertDecoded("br", brotliStored(utf8(TERMS)));
    }

    @Test
    void keepsContentEncodingHeaderAsReceived() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/z", respond(200, Map.of("Content-Encoding", "gzip"), gzip(utf8(TERMS))));

            assertThat(fetched(fetch(loopbackConfig(), site.url("/z"))).header("content-encoding"))
                    .contains("gzip");
        }
    }

    @Test
    void refusesGzipBombByDecodedSize() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/bomb", respond(200, Map.of("Content-Encoding", "gzip"), gzipOfZeros(8 * 1024 * 1024)));

            Failure failure = failed(
                    fetch(loopback().maxBodyBytes(1024 * 1024).build(), site.url("/bomb")), FailureClass.TOO_LARGE);

            assertThat(failure.message())
                    .contains("decoded")
                    .contains(site.url("/bomb").toString());
        }
    }

    @Test
    void refusesBodyWhoseContentLengthExceedsTheLimit() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/big", respond(200, Map.of(), new byte[64 * 1024]));

            Failure failure =
                    failed(fetch(loopback().maxBodyBytes(1024).build(), site.url("/big")), FailureClass.TOO_LARGE);

            assertThat(failure.message()).contains("Content-Length").contains("1024 bytes");
        }
    }

    @Test
    void abortsStreamedBodyThatGrowsPastTheLimit() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/endless", exchange -> {
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = new byte[64 * 1024];
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 1024; i++) {
                        out.write(chunk);
                    }
                } catch (IOException clientHungUp) {
                    // expected: the fetcher closes the connection once the limit is passed
                }
            });

            Failure failure = failed(
                    fetch(loopback().maxBodyBytes(256 * 1024).build(), site.url("/endless")), FailureClass.TOO_LARGE);

            assertThat(failure.message()).contains("grew past 262144 bytes");
        }
    }

    @Test
    void classifiesCloudflareChallengeAsBotChallenge() throws Exception {
        String page = "<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
                + "<body><script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>";
        try (StubSite site = new StubSite()) {
            site.route("/challenged", respond(403, Map.of("Content-Type", "text/html"), utf8(page)));

            Failure failure = failed(fetch(loopbackConfig(), site.url("/challenged")), FailureClass.BOT_CHALLENGE);

            assertThat(failure.message())
                    .contains("403")
                    .contains(site.url("/challenged").toString());
        }
    }

    @Test
    void classifiesChallengeHeaderOnServiceUnavailableAsBotChallengeWithoutRetrying() throws Exception {
        try (StubSite site = new StubSite()) {
            var hits = site.counted("/cf", respond(503, Map.of("cf-mitigated", "challenge"), utf8("wait")));

            failed(fetch(loopbackConfig(), site.url("/cf")), FailureClass.BOT_CHALLENGE);

            assertThat(hits).hasValue(1);
        }
    }

    @Test
    void classifiesPlainForbiddenAsForbidden() throws Exception {
        assertStatusClass(403, FailureClass.FORBIDDEN);
        assertStatusClass(401, FailureClass.FORBIDDEN);
        assertStatusClass(404, FailureClass.NOT_FOUND);
        assertStatusClass(410, FailureClass.GONE);
        assertStatusClass(418, FailureClass.HTTP_ERROR);
    }

    @Test
    void retriesServerErrorsUntilTheServerRecovers() throws Exception {
        try (StubSite site = new StubSite()) {
            var hits = new java.util.concurrent.atomic.AtomicInteger();
            site.route("/flaky", exchange -> {
                int n = hits.incrementAndGet();
                send(exchange, n <= 2 ? 503 : 200, Map.of(), utf8(n <= 2 ? "down" : "terms v1"));
            });

            Response response = fetched(fetch(loopbackConfig(), site.url("/flaky")));

            assertThat(response.payload().decode(StandardCharsets.UTF_8)).isEqualTo("terms v1");
            assertThat(hits).hasValue(3);
        }
    }

    @Test
    void givesUpOnServerErrorsAfterMaxAttempts() throws Exception {
        try (StubSite site = new StubSite()) {
            var hits = site.counted("/down", respond(500, Map.of(), utf8("oops")));

            Failure failure =
                    failed(fetch(loopback().maxAttempts(2).build(), site.url("/down")), FailureClass.SERVER_ERROR);

            assertThat(failure.message())
                    .contains("500")
                    .contains(site.url("/down").toString());
            assertThat(hits).hasValue(2);
        }
    }

    @Test
    void failsAtOnceWhenRetryAfterIsLongerThanWeWait() throws Exception {
        try (StubSite site = new StubSite()) {
            var hits = site.counted("/busy", respond(429, Map.of("Retry-After", "600"), utf8("slow down")));

            Failure failure = failed(fetch(loopbackConfig(), site.url("/busy")), FailureClass.RATE_LIMITED);

            assertThat(failure.retryAfter()).contains(Duration.ofMinutes(10));
            assertThat(failure.message()).contains("600s").contains("120s");
            assertThat(hits).hasValue(1);
        }
    }

    @Test
    void reportsEmptySuccessfulBodyAsEmpty() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/blank", respond(200, Map.of("Content-Type", "text/html"), new byte[0]));

            failed(fetch(loopbackConfig(), site.url("/blank")), FailureClass.EMPTY);
        }
    }

    @Test
    void reportsRefusedConnectionAsConnectionFailure() throws Exception {
        java.net.URI closed;
        try (StubSite site = new StubSite()) {
            closed = site.url("/gone-server");
        }

        Failure failure = failed(fetch(loopback().maxAttempts(1).build(), closed), FailureClass.CONNECTION);

        assertThat(failure.message()).contains(closed.toString());
    }

    @Test
    void detectsWindows1252DeclaredOnlyInMetaTag() throws Exception {
        Charset windows1252 = Charset.forName("windows-1252");
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body>Conditions générales – “licence”</body></html>";
        try (StubSite site = new StubSite()) {
            site.route("/cg", respond(200, Map.of("Content-Type", "text/html"), page.getBytes(windows1252)));

            Response response = fetched(fetch(loopbackConfig(), site.url("/cg")));

            assertThat(response.charset()).contains(windows1252);
            assertThat(response.payload().decode(response.charset().orElseThrow()))
                    .contains("Conditions générales – “licence”");
        }
    }

    @Test
    void sniffsPdfServedAsOctetStream() throws Exception {
        try (StubSite site = new StubSite()) {
            site.route(
                    "/terms.pdf",
                    respond(200, Map.of("Content-Type", "application/octet-stream"), utf8("%PDF-1.7\n%…")));

            Response response = fetched(fetch(loopbackConfig(), site.url("/terms.pdf")));

            assertThat(response.mediaType()).isEqualTo("application/pdf");
            assertThat(response.charset()).isEmpty();
        }
    }

    private static void assertStatusClass(int status, FailureClass expected) throws Exception {
        try (StubSite site = new StubSite()) {
            site.route("/s", respond(status, Map.of("Content-Type", "text/html"), utf8("<h1>No</h1>")));

            Failure failure = failed(fetch(loopbackConfig(), site.url("/s")), expected);

            assertThat(failure.message()).contains(String.valueOf(status));
        }
    }

    private static void assertDecoded(String encoding, byte[] encoded) throws Exception {
        try (StubSite site = new StubSite()) {
            site.route(
                    "/enc", respond(200, Map.of("Content-Encoding", encoding, "Content-Type", "text/html"), encoded));

            Response response = fetched(fetch(loopbackConfig(), site.url("/enc")));

            assertThat(response.payload().decode(StandardCharsets.UTF_8)).isEqualTo(TERMS);
        }
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /**
     * A valid brotli stream holding the data in one stored (uncompressed) meta-block, built by hand from
     * RFC 7932: no brotli encoder is available to the build.
     */
    static byte[] brotliStored(byte[] data) {
        if (data.length == 0 || data.length > 65536) {
            throw new IllegalArgumentException("stored meta-block test data must be 1..65536 bytes: " + data.length);
        }
        // Bits, least significant first: WBITS=16 ('0'), ISLAST=0, MNIBBLES=4 ('00'), MLEN-1 in 16 bits,
        // ISUNCOMPRESSED=1, then zero padding to the byte boundary.
        int header = ((data.length - 1) << 4) | (1 << 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header & 0xff);
        out.write((header >>> 8) & 0xff);
        out.write((header >>> 16) & 0xff);
        out.write(data, 0, data.length);
        out.write(0x03); // a last, empty meta-block: ISLAST=1, ISLASTEMPTY=1
        return out.toByteArray();
    }

    private static byte[] gzipOfZeros(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < size; written += zeros.length) {
                gz.write(zeros);
            }
        }
        return out.toByteArray();
    }
}
