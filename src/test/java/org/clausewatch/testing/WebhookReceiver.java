package org.clausewatch.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real webhook receiver on loopback that verifies each request's signature with its own HMAC code, as a
 * subscriber would, and answers the statuses the test queues (200 once the queue is empty).
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One request received: its delivery key, body, and whether the signature was right. */
    public record Received(String deliveryKey, String body, boolean signatureValid) {}

    private final HttpServer server;
    private final String secret;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/hook", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** Answers the next requests with these statuses, in order. */
    public void answer(Integer... next) {
        statuses.addAll(List.of(next));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String signature = exchange.getRequestHeaders().getFirst("X-ClauseWatch-Signature");
        int status = statuses.isEmpty() ? 200 : statuses.removeFirst();
        if (status == 200) {
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("X-ClauseWatch-Delivery"),
                    new String(body, StandardCharsets.UTF_8),
                    valid(body, signature)));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean valid(byte[] body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return signature != null
                    && MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII),
                            signature.getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
