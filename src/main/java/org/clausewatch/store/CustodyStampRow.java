package org.clausewatch.store;

import java.time.Instant;
import org.clausewatch.common.Bytes;

/**
 * An RFC 3161 token kept with the custody link whose hash it covers: the DER bytes as the authority sent them, the
 * authority asked, the time the token states, and when ClauseWatch asked for it.
 */
public record CustodyStampRow(
        CustodyLinkRow link, Bytes token, String authority, Instant stampedAt, Instant requestedAt) {}
