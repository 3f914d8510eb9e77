package org.clausewatch.browse;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clausewatch.store.ContentStamp;

/**
 * Values worked out from what the store holds, each kept until the store's content stamp moves on. Readers who ask
 * for a key being worked out wait for that one result instead of each working it out again, so a crowd arriving
 * after a new version is recorded costs one computation. Keys must be bounded by what is recorded (a resolved
 * service name, a topic of the taxonomy), never taken from a request as they come.
 */
final class ByStamp<K, V> {
    private record Held<K, V>(ContentStamp stamp, ConcurrentHashMap<K, V> values) {}

    private final Supplier<ContentStamp> stamp;
    private final AtomicReference<Held<K, V>> held =
            new AtomicReference<>(new Held<>(new ContentStamp(-1, -1, -1), new ConcurrentHashMap<>()));

    ByStamp(Supplier<ContentStamp> stamp) {
        this.stamp = stamp;
    }

    /** The value of {@code key} for the store's current content, worked out by {@code work} when not held. */
    V get(K key, Function<K, V> work) {
        return current().values().computeIfAbsent(key, work);
    }

    private Held<K, V> current() {
        ContentStamp now = stamp.get();
        Held<K, V> known = held.get();
        if (known.stamp().equals(now)) {
            return known;
        }
        Held<K, V> fresh = new Held<>(now, new ConcurrentHashMap<>());
        return held.compareAndSet(known, fresh) ? fresh : held.get();
    }
}
