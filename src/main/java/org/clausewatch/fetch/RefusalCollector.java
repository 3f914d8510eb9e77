package org.clausewatch.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clausewatch.common.RefusedRequests;

/** Collects the refusals of a rendered page as they happen, from many threads, keeping only the first few. */
final class RefusalCollector {
    /** The longest refusal kept: a URL of tens of kilobytes a hundred times over would be megabytes of evidence. */
    static final int LONGEST = 2_000;

    private final List<String> kept = new ArrayList<>();
    private long total; // guarded by this

    synchronized void add(String refusal) {
        Objects.requireNonNull(refusal, "refusal");
        total++;
        if (kept.size() < RefusedRequests.KEPT) {
            kept.add(refusal.length() <= LONGEST ? refusal : refusal.substring(0, LONGEST) + "...");
        }
    }

    synchronized RefusedRequests snapshot() {
        return new RefusedRequests(kept, total);
    }
}
