package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.common.Response;
import org.junit.jupiter.api.Test;

/** A hostile page cannot grow the list of its refused requests without limit: the first 100 are kept, all counted. */
class RefusedRequestsTest {

    @Test
    void keepsTheFirstHundredRefusalsAndCountsTheRest() {
        RefusalCollector collector = new RefusalCollector();
        IntStream.range(0, 250).forEach(i -> collector.add("http://10.0.0.1/" + i + ": private address"));

        RefusedRequests refused = collector.snapshot();

        assertThat(refused.kept()).hasSize(RefusedRequests.KEPT);
        assertThat(refused.kept().getFirst()).isEqualTo("http://10.0.0.1/0: private address");
        assertThat(refused.kept().getLast()).isEqualTo("http://10.0.0.1/99: private address");
        assertThat(refused.total()).isEqualTo(250);
        assertThat(refused.omitted()).isEqualTo(150);
        assertThat(refused.summary()).isEqualTo("250 requests refused, first http://10.0.0.1/0: private address");
    }

    @Test
    void cutsAnOverlongRefusalSoAHostilePageCannotFillTheEvidence() {
        RefusalCollector collector = new RefusalCollector();
        collector.add("http://10.0.0.1/" + "a".repeat(70_000) + ": 10.0.0.1 is a private address");
        collector.add("http://10.0.0.2/x: 10.0.0.2 is a private address");
        RefusedRequests refused = collector.snapshot();
        assertThat(refused.kept().get(0))
                .hasSize(RefusalCollector.LONGEST + 3)
                .startsWith("http://10.0.0.1/aaa")
                .endsWith("a...");
        assertThat(refused.kept().get(1)).isEqualTo("http://10.0.0.2/x: 10.0.0.2 is a private address");
        assertThat(refused.total()).isEqualTo(2);
    }

    @Test
    void boundsAListGivenWhole() {
        List<String> many =
                IntStream.range(0, 101).mapToObj(i -> "http://10.0.0.1/" + i).toList();

        assertThat(RefusedRequests.of(many).kept()).hasSize(100);
        assertThat(RefusedRequests.of(many).total()).isEqualTo(101);
        assertThat(RefusedRequests.of(List.of("a")).summary()).isEqualTo("1 request refused, first a");
        assertThat(RefusedRequests.of(List.of()).isEmpty()).isTrue();
        assertThat(RefusedRequests.none().summary()).isEqualTo("no requests refused");
    }

    @Test
    void rejectsMoreKeptThanTheBoundOrATotalBelowWhatIsKept() {
        List<String> many =
                IntStream.range(0, 101).mapToObj(i -> "http://10.0.0.1/" + i).toList();

        assertThatThrownBy(() -> new RefusedRequests(many, 500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 101");
        assertThatThrownBy(() -> new RefusedRequests(List.of("a", "b"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total of refused requests 1");
    }

    @Test
    void aPlainFetchCannotCarryRefusals() {
        assertThatThrownBy(() -> new Response(
                        java.net.URI.create("https://example.org/terms"),
                        java.net.URI.create("https://example.org/terms"),
                        200,
                        java.util.Map.of(),
                        java.util.Map.of(),
                        org.clausewatch.common.Bytes.empty(),
                        "text/html",
                        java.util.Optional.empty(),
                        java.time.Instant.EPOCH,
                        false,
                        RefusedRequests.of(List.of("http://10.0.0.1/: private"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://example.org/terms");
    }

    @Test
    void theProxyCountsEveryRefusedRequestButKeepsOnlyTheFirstHundred() throws IOException {
        BrowserProxy.Admission refuseAll = url -> {
            throw new BlockedAddressException(url, FailureClass.BLOCKED_ADDRESS, "private address " + url.getHost());
        };
        try (BrowserProxy proxy = new BrowserProxy(refuseAll)) {
            for (int i = 0; i < 120; i++) {
                assertThat(refusedBy(proxy, "GET http://10.0.0.1/" + i + " HTTP/1.1\r\nHost: 10.0.0.1\r\n\r\n"))
                        .startsWith("HTTP/1.1 403");
            }
            RefusedRequests refused = proxy.refused();

            assertThat(refused.total()).isEqualTo(120);
            assertThat(refused.kept()).hasSize(100);
            assertThat(refused.kept().getFirst()).isEqualTo("http://10.0.0.1/0: private address 10.0.0.1");
        }
    }

    @Test
    void aHostThatDoesNotResolveIsAnsweredButNotListedAsRefused() throws IOException {
        BrowserProxy.Admission offline = url -> {
            throw new java.net.UnknownHostException(url.getHost());
        };
        try (BrowserProxy proxy = new BrowserProxy(offline)) {
            assertThat(refusedBy(proxy, "GET http://update.example/x HTTP/1.1\r\nHost: update.example\r\n\r\n"))
                    .startsWith("HTTP/1.1 502");

            assertThat(proxy.refused().isEmpty()).isTrue();
        }
    }

    /** The proxy notes a refusal before it answers, so once the 403 is read the refusal is counted. */
    private static String refusedBy(BrowserProxy proxy, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
