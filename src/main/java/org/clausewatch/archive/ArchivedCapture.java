package org.clausewatch.archive;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.clausewatch.common.Sha256;

/**
 * Where one capture lies in the archive: the gzip member at {@code offset} of {@code warcFile} (a name inside the
 * archive directory), {@code length} bytes long. {@code url} is the record's WARC-Target-URI (the final URL after
 * redirects). A revisit holds no payload of its own but carries the digest of the payload it stands for.
 */
public record ArchivedCapture(
        String warcFile,
        long offset,
        long length,
        String recordId,
        URI url,
        Instant capturedAt,
        Sha256 payloadDigest,
        boolean revisit) {
    public ArchivedCapture {
        Objects.requireNonNull(warcFile, "warcFile");
        if (warcFile.contains("/") || warcFile.contains("\\") || warcFile.startsWith(".")) {
            throw new IllegalArgumentException("WARC file must be a plain file name, not '" + warcFile + "'");
        }
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException(
                    "record of " + warcFile + " has offset " + offset + " and length " + length);
        }
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
    }

    /** Where the record lies, as used in error messages: {@code file.warc.gz offset 1234}. */
    public String location() {
        return warcFile + " offset " + offset;
    }
}
