package org.clausewatch.store;

import java.time.Instant;
import org.clausewatch.common.Bytes;

/** A timestamp token to keep with the custody link whose hash is its message imprint. */
public record NewCustodyStamp(Bytes token, String authority, Instant stampedAt, Instant requestedAt) {}
