package org.clausewatch.testing;

import org.clausewatch.reading.ProvisionReader;

/** One provision reader for a test JVM: its models take a moment to load, and it is immutable and thread-safe. */
public final class Readers {
    private static final ProvisionReader SHARED = ProvisionReader.load(Knowledge.TAXONOMY, Knowledge.REGULATIONS);

    private Readers() {}

    public static ProvisionReader shared() {
        return SHARED;
    }
}
