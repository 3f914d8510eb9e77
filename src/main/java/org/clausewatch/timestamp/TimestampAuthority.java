package org.clausewatch.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Sha256;

/**
 * A Time-Stamping Authority reached over HTTP as RFC 3161 section 3.4 says: a DER {@code TimeStampReq} posted as
 * {@code application/timestamp-query}, a {@code TimeStampResp} back as {@code application/timestamp-reply}.
 */
public final class TimestampAuthority implements AutoCloseable {
    private static final String QUERY = "application/timestamp-query";
    private static final String REPLY = "application/timestamp-reply";

    /** A reply is a signed token with a few certificates: kilobytes. More is no TSA speaking. */
    private static final int MAX_REPLY = 1 << 20;

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final HttpClient client;
    private final SecureRandom random = new SecureRandom();

    public TimestampAuthority(URI url) {
        this.url = url;
        this.client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI url() {
        return url;
    }

    /**
     * Asks for a token over {@code imprint}, with a fresh nonce and the signer's certificate included; the reply must
     * answer this very request (status, nonce, imprint), else a {@link TimestampException} says why.
     */
    public Bytes stamp(Sha256 imprint) throws TimestampException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(
                TSPAlgorithms.SHA256, HexFormat.of().parseHex(imprint.hex()), new BigInteger(64, random));
        try {
            TimeStampResponse response = new TimeStampResponse(post(request.getEncoded()));
            if (response.getStatus() > 1) {
                throw new TimestampException(url + " refused the request: status " + response.getStatus() + " ("
                        + response.getStatusString() + ")");
            }
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            return Bytes.wrap(token.getEncoded());
        } catch (TSPException | IOException | RuntimeException e) {
            if (e instanceof TimestampException known) {
                throw known;
            }
            throw new TimestampException(url + ": " + e.getMessage(), e);
        }
    }

    private byte[] post(byte[] query) throws IOException, TimestampException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", QUERY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(query))
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException(url + ": interrupted", e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new TimestampException(url + " answered HTTP " + response.statusCode());
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.toLowerCase(java.util.Locale.ROOT).startsWith(REPLY)) {
                throw new TimestampException(url + " answered '" + type + "', not " + REPLY);
            }
            byte[] reply = body.readNBytes(MAX_REPLY + 1);
            if (reply.length > MAX_REPLY) {
                throw new TimestampException(url + " sent a reply of more than " + MAX_REPLY + " bytes");
            }
            return reply;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
