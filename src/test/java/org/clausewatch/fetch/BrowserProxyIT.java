package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.clausewatch.common.FailureClass;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser's requests go through the guarding proxy: a page on an allowed host that pulls a script from a refused
 * host (here two loopback addresses stand for a public site and the private network) renders without it, and the
 * refused host never sees a request. Real Chromium, a real site on loopback.
 */
class BrowserProxyIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** 127.0.0.1 plays the public site; every other address is "private". */
    private static final BrowserProxy.Admission ONLY_HOST_ONE = url -> {
        if (!"127.0.0.1".equals(url.getHost())) {
            throw new BlockedAddressException(url, FailureClass.BLOCKED_ADDRESS, "private address " + url.getHost());
        }
    };

    private LocalSite site;

    @BeforeEach
    void start() {
        try {
            site = new LocalSite();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String pageWithScriptFrom(int host) {
        return "<!DOCTYPE html><html><body><div id=\"terms\">Terms</div><div id=\"extra\">untouched</div>"
                + "<script src=\"" + site.url("/inject.js", host) + "\"></script></body></html>";
    }

    private record Rendered(String dom, RefusedRequests refused) {}

    private Rendered render(BrowserProxy.Admission admission) throws Exception {
        site.put("/terms", Page.html(pageWithScriptFrom(2)));
        site.put(
                "/inject.js",
                new Page(
                        200,
                        "text/javascript",
                        "document.getElementById('extra').textContent = 'INJECTED';".getBytes(StandardCharsets.UTF_8),
                        Map.of()));
        BrowserRenderer renderer = new BrowserRenderer(CHROMIUM, Duration.ofSeconds(60), 5_000_000);
        try (BrowserProxy proxy = new BrowserProxy(admission)) {
            String dom = renderer.render(URI.create(site.url("/terms")), OptionalInt.of(proxy.port()))
                    .decode(StandardCharsets.UTF_8);
            return new Rendered(dom, proxy.refused());
        }
    }

    @Test
    void aScriptFromARefusedHostNeverLoads() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "skipped: /usr/bin/chromium is not installed (apt-get install chromium) so rendering cannot be tested");

        Rendered rendered = render(ONLY_HOST_ONE);

        assertThat(rendered.dom())
                .contains("<div id=\"terms\">Terms</div>")
                .contains("untouched")
                .doesNotContain("INJECTED");
        assertThat(rendered.refused().kept())
                .anySatisfy(line -> assertThat(line).contains("127.0.0.2").contains("inject.js"));
    }

    @Test
    void theSameScriptLoadsWhenItsHostIsAllowed() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "skipped: /usr/bin/chromium is not installed (apt-get install chromium) so rendering cannot be tested");

        Rendered rendered = render(url -> {});

        assertThat(rendered.dom()).contains("INJECTED");
        assertThat(rendered.refused().isEmpty()).isTrue();
    }

    @Test
    void refusesTunnelsAndPlainRequestsToRefusedHostsWithA403() throws IOException {
        site.put("/terms", Page.html("<p>reachable</p>"));
        int port = URI.create(site.url("/")).getPort();
        try (BrowserProxy proxy = new BrowserProxy(ONLY_HOST_ONE)) {
            assertThat(exchange(proxy, "CONNECT 127.0.0.2:" + port + " HTTP/1.1\r\nHost: 127.0.0.2\r\n\r\n"))
                    .startsWith("HTTP/1.1 403");
            assertThat(exchange(proxy, "GET " + site.url("/terms", 3) + " HTTP/1.1\r\nHost: x\r\n\r\n"))
                    .startsWith("HTTP/1.1 403");
            assertThat(exchange(proxy, "GET " + site.url("/terms") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"))
                    .startsWith("HTTP/1.1 200")
                    .contains("reachable");
            assertThat(proxy.refused().kept()).hasSize(2);
            assertThat(proxy.refused().total()).isEqualTo(2);
        }
    }

    private static String exchange(BrowserProxy proxy, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (request.startsWith("CONNECT")) {
                byte[] head = new byte[64];
                int n = socket.getInputStream().read(head);
                return new String(head, 0, Math.max(n, 0), StandardCharsets.US_ASCII);
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
