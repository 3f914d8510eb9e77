package org.clausewatch.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.archive.ArchivedCapture;
import org.clausewatch.common.Sha256;

/** A capture to record: what was fetched and where its WARC record lies. {@code documentId} is empty for a source not yet tied to a document. */
public record NewCapture(
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
    public NewCapture {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(warcRecordId, "warcRecordId");
        if (payloadBytes < 0 || warcOffset < 0 || warcLength <= 0) {
            throw new IllegalArgumentException("capture of " + url + ": payload bytes " + payloadBytes
                    + ", WARC offset " + warcOffset + " and length " + warcLength + " must not be negative");
        }
    }

    /** This capture as recorded under {@code id}. */
    public CaptureRow recorded(long id) {
        return new CaptureRow(
                id,
                documentId,
                url,
                fetchedAt,
                status,
                mediaType,
                payloadDigest,
                payloadBytes,
                etag,
                lastModified,
                warcFile,
                warcOffset,
                warcLength,
                warcRecordId,
                revisit,
                rendered);
    }

    /** The capture of an archived record, with the HTTP facts the archive does not keep in its location. */
    public static NewCapture of(
            Optional<Long> documentId,
            ArchivedCapture archived,
            int status,
            String mediaType,
            long payloadBytes,
            Optional<String> etag,
            Optional<String> lastModified,
            boolean rendered) {
        return new NewCapture(
                documentId,
                archived.url().toString(),
                archived.capturedAt(),
                status,
                mediaType,
                archived.payloadDigest(),
                payloadBytes,
                etag,
                lastModified,
                archived.warcFile(),
                archived.offset(),
                archived.length(),
                archived.recordId(),
                archived.revisit(),
                rendered);
    }
}
