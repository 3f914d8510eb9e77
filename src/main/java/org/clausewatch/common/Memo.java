package org.clausewatch.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what was worked out from a provision's text, for a pure function of it. Consecutive versions of a document
 * share almost all their provisions, so a history is processed at the cost of its changes rather than of its full text
 * each time. Bounded by emptying it when full: simple, safe across threads, and the next version refills it at once.
 * Two threads asking for the same key at once may both compute it; the function being pure, either value serves.
 */
public final class Memo<K, V> {
    private final int limit;
    private final Function<K, V> compute;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public Memo(int limit, Function<K, V> compute) {
        this.limit = limit;
        this.compute = compute;
    }

    public V get(K key) {
        V value = values.get(key);
        if (value == null) {
            if (values.size() >= limit) {
                values.clear();
            }
            value = compute.apply(key);
            values.put(key, value);
        }
        return value;
    }
}
