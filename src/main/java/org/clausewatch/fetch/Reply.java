package org.clausewatch.fetch;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.common.Bytes;

/** One HTTP exchange as seen on the wire: what we sent, what came back, the body with its encoding removed. */
record Reply(
        URI url, int status, Map<String, List<String>> requestHeaders, Map<String, List<String>> headers, Bytes body) {
    Reply {
        requestHeaders = Map.copyOf(requestHeaders);
        headers = Map.copyOf(headers);
    }

    Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
