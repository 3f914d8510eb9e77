package org.clausewatch.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.Sha256;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** One gzip member of a WARC file holding one record: read and checked, in the archive or exported on its own. */
public final class Members {
    private Members() {}

    /** The record in {@code member}, which must be record {@code recordId}; {@code where} names it in errors. */
    static WarcRecord parse(byte[] member, String recordId, String where) throws ArchiveException {
        try {
            // Inflating the member here checks its gzip CRC, so damage anywhere in the record is caught.
            byte[] raw;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(member))) {
                raw = in.readAllBytes();
            }
            WarcReader reader = new WarcReader(new ByteArrayInputStream(raw));
            WarcRecord record = reader.next().orElseThrow(() -> new ArchiveException(where + ": no WARC record there"));
            if (!record.id().toString().equals(recordId)) {
                throw new ArchiveException(where + ": holds record " + record.id() + ", not " + recordId);
            }
            return record;
        } catch (ArchiveException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(where + ": unreadable record: " + e.getMessage(), e);
        }
    }

    /**
     * Checks a member offline (its gzip CRC, its record id, its block against WARC-Block-Digest) and returns the
     * SHA-256 of the payload it holds, recomputed; for a revisit, which holds none, the digest it names.
     */
    public static Sha256 payloadDigest(Bytes member, String recordId, String where) throws ArchiveException {
        WarcRecord record = parse(member.toArray(), recordId, where);
        try {
            byte[] block = record.body().stream().readAllBytes();
            checkBlockDigest(where, record, block);
            if (WarcPayloads.holdsPayload(record)) {
                return Sha256.of(WarcPayloads.payload(record, block));
            }
            Optional<Sha256> named = record instanceof WarcCaptureRecord capture
                    ? capture.payloadDigest().map(WarcRecords::sha256)
                    : Optional.empty();
            return named.orElseThrow(() -> new ArchiveException(
                    where + ": a " + record.type() + " record with neither a payload nor a WARC-Payload-Digest"));
        } catch (ArchiveException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(where + ": unreadable block: " + e.getMessage(), e);
        }
    }

    private static void checkBlockDigest(String where, WarcRecord record, byte[] block) throws ArchiveException {
        Optional<Sha256> expected = record.blockDigest()
                .filter(digest -> digest.algorithm().equalsIgnoreCase("sha256"))
                .map(WarcRecords::sha256);
        Sha256 actual = Sha256.of(block);
        if (expected.isEmpty()) {
            throw new ArchiveException(where + ": no SHA-256 WARC-Block-Digest to check the record against");
        }
        if (!expected.get().equals(actual)) {
            throw new ArchiveException(where + ": block digest mismatch, recorded sha256 " + expected.get()
                    + " but the block has " + actual);
        }
    }
}
