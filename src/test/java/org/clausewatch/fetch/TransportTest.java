package org.clausewatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.clausewatch.common.FailureClass;
import org.junit.jupiter.api.Test;

class TransportTest {
    private static final URI URL = URI.create("https://example.org/privacy");

    @Test
    void classifiesLowLevelErrorsByTheirMostSpecificCause() {
        assertThat(classOf(new SSLHandshakeException("PKIX path building failed")))
                .isEqualTo(FailureClass.TLS);
        assertThat(classOf(new UnknownHostException("example.org"))).isEqualTo(FailureClass.DNS);
        assertThat(classOf(new HttpConnectTimeoutException("connect timed out")))
                .isEqualTo(FailureClass.TIMEOUT);
        assertThat(classOf(new ConnectException("Connection refused"))).isEqualTo(FailureClass.CONNECTION);
        assertThat(classOf(new IOException("Connection reset"))).isEqualTo(FailureClass.CONNECTION);
        assertThat(classOf(new CompletionException(new IOException("wrapped", new SSLHandshakeException("bad cert")))))
                .isEqualTo(FailureClass.TLS);
    }

    @Test
    void messageNamesUrlAndCause() {
        String message = Transport.classify(URL, new ConnectException("Connection refused"))
                .getMessage();

        assertThat(message).contains(URL.toString()).contains("Connection refused");
    }

    @Test
    void robotsLiveAtTheRootOfTheOrigin() {
        assertThat(RobotsCache.robotsUrl(URI.create("HTTPS://Example.ORG:8443/a/b?c=d#e")))
                .isEqualTo(URI.create("https://example.org:8443/robots.txt"));
        assertThat(RobotsCache.robotsUrl(URI.create("http://[::1]/x")))
                .isEqualTo(URI.create("http://[::1]/robots.txt"));
    }

    private static FailureClass classOf(Throwable error) {
        return Transport.classify(URL, error).failureClass();
    }
}
