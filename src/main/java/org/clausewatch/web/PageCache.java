package org.clausewatch.web;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages, UTF-8 encoded, by a key that holds everything the page is made of (normally the store's
 * {@link org.clausewatch.store.ContentStamp} and the page's own parameters): a page whose inputs changed has another
 * key, so nothing is ever invalidated by hand, and pages of an older stamp simply age out. Least recently used pages
 * go first once the cache holds more than its budget of bytes.
 */
final class PageCache {
    /** Enough for every document page and a few thousand provision pages of a large instance. */
    static final long DEFAULT_BUDGET_BYTES = 64L * 1024 * 1024;

    private final long budgetBytes;
    private final LinkedHashMap<Object, byte[]> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    PageCache(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("page cache budget must not be negative, not " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The page of {@code key}, rendered by {@code render} when it is not cached. Callers must not modify it. */
    byte[] page(Object key, Supplier<String> render) {
        byte[] cached = cached(key);
        if (cached != null) {
            return cached;
        }
        byte[] page = render.get().getBytes(StandardCharsets.UTF_8);
        keep(key, page);
        return page;
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized long bytes() {
        return bytes;
    }

    private synchronized byte[] cached(Object key) {
        byte[] page = pages.get(key);
        if (page == null) {
            misses++;
        } else {
            hits++;
        }
        return page;
    }

    private synchronized void keep(Object key, byte[] page) {
        if (page.length > budgetBytes) {
            return;
        }
        byte[] previous = pages.put(key, page);
        bytes += page.length - (previous == null ? 0 : previous.length);
        Iterator<Map.Entry<Object, byte[]>> eldest = pages.entrySet().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
