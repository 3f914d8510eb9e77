package org.clausewatch.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pages by a key that holds everything the page is made of (normally the store's
 * {@link org.clausewatch.store.ContentStamp} and the page's own parameters): a page whose inputs changed has another
 * key, so nothing is ever invalidated by hand, and pages of an older stamp simply age out. Least recently used pages
 * go first once the cache holds more than its budget of bytes.
 */
final class PageCache {
    /** Enough for every document page and a few thousand provision pages of a large instance. */
    static final long DEFAULT_BUDGET_BYTES = 64L * 1024 * 1024;

    private final long budgetBytes;
    private final LinkedHashMap<Object, Rendered> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    PageCache(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("page cache budget must not be negative, not " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The page of {@code key}, rendered by {@code render} when it is not cached. */
    Rendered page(Object key, Supplier<String> render) {
        Rendered cached = cached(key);
        if (cached != null) {
            return cached;
        }
        Rendered page = Rendered.of(render.get());
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

    private synchronized Rendered cached(Object key) {
        Rendered page = pages.get(key);
        if (page == null) {
            misses++;
        } else {
            hits++;
        }
        return page;
    }

    private synchronized void keep(Object key, Rendered page) {
        if (page.size() > budgetBytes) {
            return;
        }
        Rendered previous = pages.put(key, page);
        bytes += page.size() - (previous == null ? 0 : previous.size());
        Iterator<Map.Entry<Object, Rendered>> eldest = pages.entrySet().iterator();
        while (bytes > budgetBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }
}
