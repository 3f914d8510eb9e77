package org.clausewatch.provision;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what was worked out from a provision's text. Consecutive versions of a document share almost all their
 * provisions, so a history is processed at the cost of its changes rather than of its full text each time. Bounded by
 * emptying it when full: simple, safe across threads, and the next version refills it at once.
 */
final class Memo<V> {
    private final int limit;
    private final Function<String, V> compute;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    Memo(int limit, Function<String, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    V get(String text) {
        V value = values.get(text);
        if (value == null) {
            if (values.size() >= limit) {
                values.clear();
            }
            value = compute.apply(text);
            values.put(text, value);
        }
        return value;
    }
}
