package org.clausewatch.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.common.Sha256;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the refused sub-requests of a capture back. The members of one capture are appended together, so its
 * metadata record, when there is one, is the gzip member right after the capture's own record: the next capture
 * (or the end of the file) comes there otherwise.
 */
final class RefusalRecords {
    private RefusalRecords() {}

    static RefusedRequests read(Path file, ArchivedCapture capture) throws IOException {
        long next = capture.offset() + capture.length();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (next >= channel.size()) {
                return RefusedRequests.none();
            }
            channel.position(next);
            Optional<WarcRecord> record = new WarcReader(channel).next();
            return record.isPresent() && belongsTo(record.get(), capture)
                    ? refusals((WarcMetadata) record.get(), capture, next)
                    : RefusedRequests.none();
        } catch (NoSuchFileException e) {
            throw new ArchiveException(capture.location() + ": WARC file " + file + " is missing", e);
        } catch (ArchiveException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(
                    capture.warcFile() + " offset " + next + ": unreadable record after capture " + capture.recordId()
                            + ": " + e.getMessage(),
                    e);
        }
    }

    private static boolean belongsTo(WarcRecord record, ArchivedCapture capture) {
        return record instanceof WarcMetadata metadata
                && metadata.concurrentTo().contains(URI.create(capture.recordId()));
    }

    private static RefusedRequests refusals(WarcMetadata record, ArchivedCapture capture, long at) throws IOException {
        String where = capture.warcFile() + " offset " + at;
        byte[] block = record.body().stream().readAllBytes();
        Optional<Sha256> recorded = record.blockDigest().map(WarcRecords::sha256);
        if (recorded.isPresent() && !recorded.get().equals(Sha256.of(block))) {
            throw new ArchiveException(where + ": block digest mismatch, recorded sha256 " + recorded.get()
                    + " but the block has " + Sha256.of(block));
        }
        MessageHeaders fields = MessageHeaders.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        List<String> kept = fields.all(WarcRecords.REFUSED_REQUEST);
        String total = fields.first(WarcRecords.REFUSED_TOTAL)
                .orElseThrow(
                        () -> new ArchiveException(where + ": metadata record has no " + WarcRecords.REFUSED_TOTAL));
        try {
            return new RefusedRequests(kept, Long.parseLong(total));
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(
                    where + ": metadata record lists refused requests that do not add up: " + e.getMessage(), e);
        }
    }
}
