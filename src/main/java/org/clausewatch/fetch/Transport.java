package org.clausewatch.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.FailureClass;

/** Sends single GET requests (never following redirects) and returns the decoded, size-checked reply. */
final class Transport implements AutoCloseable {
    static final String ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8";
    static final String ACCEPT_ENCODING = "gzip, deflate, br";

    private final FetchConfig config;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient client;

    Transport(FetchConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(config.connectTimeout())
                .executor(executor)
                .build();
    }

    /** One exchange, bounded by the total timeout from the first byte sent to the last byte received. */
    Reply send(URI url, Map<String, String> extraHeaders, long maxBytes) throws FetchException, InterruptedException {
        HttpRequest request = request(url, extraHeaders);
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<Bytes>> future = client.sendAsync(request, info -> {
            long declared = info.statusCode() == 304
                    ? -1
                    : info.headers().firstValueAsLong("content-length").orElse(-1);
            body.set(new LimitedBody(url, maxBytes, declared));
            return body.get();
        });
        HttpResponse<Bytes> response = await(url, future, body);
        return new Reply(
                url,
                response.statusCode(),
                sentHeaders(request),
                response.headers().map(),
                ContentDecoding.decode(url, response.body(), response.headers(), maxBytes));
    }

    private HttpRequest request(URI url, Map<String, String> extraHeaders) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .GET()
                // Cleartext HTTP/2 would start with an h2c upgrade that many servers mishandle; TLS negotiates h2.
                .version(isHttps(url) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .timeout(config.totalTimeout())
                .header("User-Agent", config.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", ACCEPT_ENCODING);
        extraHeaders.forEach(builder::header);
        return builder.build();
    }

    private HttpResponse<Bytes> await(
            URI url, CompletableFuture<HttpResponse<Bytes>> future, AtomicReference<LimitedBody> body)
            throws FetchException, InterruptedException {
        try {
            return future.get(config.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel(future, body);
            throw new FetchException(
                    url,
                    FailureClass.TIMEOUT,
                    "no complete response from " + url + " within "
                            + config.totalTimeout().toSeconds() + "s",
                    e);
        } catch (InterruptedException e) {
            cancel(future, body);
            throw e;
        } catch (ExecutionException e) {
            throw classify(url, e.getCause());
        }
    }

    private static void cancel(CompletableFuture<?> future, AtomicReference<LimitedBody> body) {
        future.cancel(true);
        LimitedBody started = body.get();
        if (started != null) {
            started.abort();
        }
    }

    /** Names the failure by the most specific cause in the chain. */
    static FetchException classify(URI url, Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FetchException known) {
                return known;
            }
        }
        FailureClass failureClass = FailureClass.CONNECTION;
        Throwable decisive = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            FailureClass specific = specificClass(cause);
            if (specific != null) {
                failureClass = specific;
                decisive = cause;
                break;
            }
        }
        return new FetchException(url, failureClass, describe(url, failureClass, decisive), error);
    }

    private static FailureClass specificClass(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return FailureClass.TIMEOUT;
        }
        if (cause instanceof SSLException) {
            return FailureClass.TLS;
        }
        if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return FailureClass.DNS;
        }
        if (cause instanceof ConnectException) {
            return FailureClass.CONNECTION;
        }
        return null;
    }

    private static String describe(URI url, FailureClass failureClass, Throwable cause) {
        String detail = cause.getMessage() == null
                ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return failureClass.label() + " while fetching " + url + " (" + detail + ")";
    }

    private static Map<String, List<String>> sentHeaders(HttpRequest request) {
        Map<String, List<String>> sent = new HashMap<>(request.headers().map());
        // The client adds Host itself; the archive's request record should still show it.
        URI url = request.uri();
        sent.put("Host", List.of(url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort()));
        return sent;
    }

    private static boolean isHttps(URI url) {
        return "https".equals(url.getScheme().toLowerCase(Locale.ROOT));
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }
}
