package org.clausewatch.store;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.clausewatch.archive.ArchivedCapture;
import org.clausewatch.common.Sha256;

/** A recorded capture. */
public record CaptureRow(
        long id,
        Optional<Long> documentId,
        String url,
        Instant fetchedAt,
        int status,
        String mediaType,
        Sha256 payloadDigest,
        long payloadBytes,
        Optional<String> etag,
        Optional<String> lastModified,
        String warcFile,
        long warcOffset,
        long warcLength,
        String warcRecordId,
        boolean revisit,
        boolean rendered) {

    /** Where the archive keeps this capture, to read its payload or to write a revisit of it. */
    public ArchivedCapture archived() {
        return new ArchivedCapture(
                warcFile, warcOffset, warcLength, warcRecordId, URI.create(url), fetchedAt, payloadDigest, revisit);
    }
}
