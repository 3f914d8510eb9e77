package org.clausewatch.alert;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts alerts to webhooks, signed: {@code X-ClauseWatch-Signature: sha256=<hex HMAC-SHA256 of the body with the
 * subscription's secret>} and {@code X-ClauseWatch-Delivery: <idempotency key>}. Redirects are not followed, so a
 * checked URL cannot send the request on to an address the guard would refuse.
 */
final class Webhooks implements Sender, AutoCloseable {
    static final String SIGNATURE = "X-ClauseWatch-Signature";
    static final String DELIVERY = "X-ClauseWatch-Delivery";
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final WebhookGuard guard;

    /**
     * Built on the first webhook sent: every command builds the alerts, most send nothing, and a client costs a
     * one-shot command its set-up and a selector thread.
     */
    private HttpClient client; // guarded by this

    Webhooks(WebhookGuard guard) {
        this.guard = guard;
    }

    @Override
    public void send(Subscription subscription, Message message) throws IOException {
        Channel.Webhook webhook = (Channel.Webhook) subscription.channel();
        guard.check(webhook.url(), webhook.privateAddresses());
        byte[] body = message.json().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(webhook.url())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "ClauseWatch-Webhook/0.1")
                .header(SIGNATURE, "sha256=" + sign(body, webhook.secret()))
                .header(DELIVERY, message.deliveryKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new IOException("webhook " + webhook.url() + " answered HTTP " + response.statusCode());
        }
    }

    /** The hex HMAC-SHA256 of {@code body} keyed with {@code secret}. */
    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) throws IOException {
        try {
            return client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling webhook " + request.uri(), e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }
}
