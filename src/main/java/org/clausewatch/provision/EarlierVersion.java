package org.clausewatch.provision;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A version of a document before the previous one, as far as a returning provision or a flip-back needs it: when it
 * was captured, and the lineage id of each of its provisions by key (the digest of its words).
 */
public record EarlierVersion(Instant at, Map<String, String> lineageByKey) {
    public EarlierVersion {
        Objects.requireNonNull(at, "at");
        lineageByKey = Map.copyOf(lineageByKey);
    }

    /** The version of these provisions, captured at {@code at}. */
    public static EarlierVersion of(Instant at, Iterable<LineagedProvision> provisions) {
        Map<String, String> byKey = new java.util.HashMap<>();
        for (LineagedProvision lineaged : provisions) {
            byKey.putIfAbsent(lineaged.provision().key(), lineaged.lineageId());
        }
        return new EarlierVersion(at, byKey);
    }
}
