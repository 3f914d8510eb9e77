package org.clausewatch.store;

import java.time.Instant;
import org.clausewatch.common.Sha256;

/**
 * One link of the custody chain with the text its hash is the SHA-256 of ({@code entry}), and when its capture was
 * fetched: enough for anyone to recompute the link and to see that the next link names it as its previous one.
 */
public record CustodyLinkRow(
        long seq, long captureId, Sha256 previousHash, Sha256 hash, String entry, Instant fetchedAt) {}
