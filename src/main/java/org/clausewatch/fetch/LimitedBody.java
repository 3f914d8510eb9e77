package org.clausewatch.fetch;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.FailureClass;

/**
 * Collects a response body while counting it, and gives up (closing the connection) as soon as it passes
 * the limit, so a huge or endless body never sits in memory.
 */
final class LimitedBody implements BodySubscriber<Bytes> {
    private final URI url;
    private final long limit;
    private final boolean declaredTooLarge;
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private long received;

    LimitedBody(URI url, long limit, long declaredLength) {
        this.url = url;
        this.limit = limit;
        this.declaredTooLarge = declaredLength > limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (declaredTooLarge) {
            newSubscription.cancel();
            result.completeExceptionally(tooLarge("its Content-Length exceeds"));
        } else {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
            if (received > limit) {
                abort();
                result.completeExceptionally(tooLarge("it grew past"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(Bytes.wrap(buffer.toByteArray()));
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    /** Stops the transfer, e.g. when the deadline passed while the server was still dripping bytes. */
    void abort() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private FetchException tooLarge(String how) {
        return new FetchException(
                url, FailureClass.TOO_LARGE, "body of " + url + " is too large: " + how + " " + limit + " bytes");
    }
}
