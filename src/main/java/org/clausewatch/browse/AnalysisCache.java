package org.clausewatch.browse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.clausewatch.analysis.attribute.Analysis;
import org.clausewatch.reading.Reading;

/**
 * The analyses generated lately, least recently used dropped first. An analysis is a pure function of the wording,
 * its lead-in, the service named in its prose and the stored reading, so an entry never goes stale; the bound only
 * keeps memory in check. Comparing a provision with every other service's provisions on its topic needs all their
 * analyses, and a version's JSON needs one per provision: both would otherwise generate them on every request.
 */
final class AnalysisCache {
    /** About the current provisions of a few hundred services on the busiest topics. */
    static final int ENTRIES = 20_000;

    /** What an analysis is generated from. */
    record Key(String textKey, Optional<String> context, String service, Reading reading) {}

    private final Map<Key, Analysis> entries;

    AnalysisCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity / 4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Analysis> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached analysis of {@code key}, or the one {@code generate} makes, kept for next time. */
    Analysis analysis(Key key, Supplier<Analysis> generate) {
        synchronized (entries) {
            Analysis held = entries.get(key);
            if (held != null) {
                return held;
            }
        }
        // generated outside the lock: two requests may both generate one, which is harmless and rare
        Analysis made = generate.get();
        synchronized (entries) {
            entries.put(key, made);
        }
        return made;
    }
}
