package org.clausewatch.history;

import java.time.Instant;
import java.util.function.Supplier;
import org.clausewatch.common.Sha256;

/**
 * Lineage ids minted for the provisions first seen in one version: a digest of the document and the version's
 * capture time, then a running number. Deterministic, so importing the same history twice gives the same ids.
 */
public final class LineageIds implements Supplier<String> {
    private final String prefix;
    private int next = 1;

    public LineageIds(String service, String termsType, Instant capturedAt) {
        this.prefix = Sha256.of(service + "\n" + termsType + "\n" + capturedAt.toEpochMilli())
                .hex()
                .substring(0, 12);
    }

    @Override
    public String get() {
        return prefix + "-" + next++;
    }
}
