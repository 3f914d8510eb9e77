package org.clausewatch.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.common.Response;
import org.clausewatch.common.Sha256;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * The evidence archive: gzip-per-record WARC/1.1 files in one directory, named
 * {@code clausewatch-<yyyyMMddHHmmss>-<seq>.warc.gz}. Every capture is on disk (fsync) before {@link #archive}
 * returns; each instance writes to files of its own, so a tail torn by a killed process is never appended to.
 * Thread-safe.
 */
public final class WarcArchive implements AutoCloseable {
    static final long ROTATE_AT_BYTES = 1L << 30;
    static final String SUFFIX = ".warc.gz";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final long rotateAtBytes;
    private WarcFile current; // guarded by this
    private int sequence; // guarded by this

    /** Opens (and creates) the archive directory, e.g. {@code <data>/warcs}. */
    public WarcArchive(Path directory) throws IOException {
        this(directory, ROTATE_AT_BYTES);
    }

    WarcArchive(Path directory, long rotateAtBytes) throws IOException {
        if (rotateAtBytes <= 0) {
            throw new IllegalArgumentException("rotation size must be positive, not " + rotateAtBytes);
        }
        this.directory = Files.createDirectories(directory);
        this.rotateAtBytes = rotateAtBytes;
    }

    /**
     * Writes the capture: a request record and a response record, or, when {@code previousOfSameUrl} has the
     * same payload digest, a request and a revisit record instead of a second copy. A rendered page becomes a
     * resource record of its DOM, followed by a metadata record of the sub-requests ClauseWatch refused, if any.
     */
    public ArchivedCapture archive(Response response, Optional<ArchivedCapture> previousOfSameUrl) throws IOException {
        Sha256 digest = response.payload().sha256();
        Optional<ArchivedCapture> same =
                previousOfSameUrl.filter(p -> p.payloadDigest().equals(digest));
        URI id = WarcRecords.newRecordId();
        byte[] main = same.isPresent()
                ? WarcRecords.revisit(response, id, digest, original(same.get()))
                : response.rendered()
                        ? WarcRecords.resource(response, id, digest)
                        : WarcRecords.response(response, id, digest);
        List<byte[]> members = new ArrayList<>();
        if (!response.rendered()) {
            members.add(WarcRecords.request(response, WarcRecords.newRecordId(), id));
        }
        int mainIndex = members.size();
        members.add(main);
        if (!response.refusedRequests().isEmpty()) {
            members.add(WarcRecords.refusals(response, WarcRecords.newRecordId(), id));
        }
        Placed placed = append(mainIndex, members);
        return new ArchivedCapture(
                placed.file(),
                placed.offsetOfMain(),
                main.length,
                id.toString(),
                response.finalUrl(),
                response.fetchedAt(),
                digest,
                same.isPresent());
    }

    /**
     * The sub-requests of a rendered capture that ClauseWatch refused, read from the metadata record written right
     * after the capture's record (its block digest checked); none when there is no such record.
     */
    public RefusedRequests refusedRequests(ArchivedCapture capture) throws IOException {
        return RefusalRecords.read(directory.resolve(capture.warcFile()), capture);
    }

    /**
     * The payload of a capture, checked against its SHA-256. A revisit has no payload of its own: pass the
     * capture it refers to instead.
     */
    public Bytes readPayload(ArchivedCapture capture) throws IOException {
        if (capture.revisit()) {
            throw new IllegalArgumentException("capture " + capture.recordId() + " at " + capture.location()
                    + " is a revisit; read the capture it refers to");
        }
        WarcRecord record = readRecord(capture);
        Bytes payload;
        try {
            payload = Bytes.wrap(
                    WarcPayloads.payload(record, record.body().stream().readAllBytes()));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(capture.location() + ": unreadable payload: " + e.getMessage(), e);
        }
        Sha256 actual = payload.sha256();
        if (!actual.equals(capture.payloadDigest())) {
            throw new ArchiveException(capture.location() + ": payload digest mismatch, expected sha256 "
                    + capture.payloadDigest() + " but the archived payload has " + actual);
        }
        return payload;
    }

    /** Re-reads every WARC file of the archive and recomputes the digests of every record; empty when all is well. */
    public List<ArchiveProblem> verify() throws IOException {
        return new ArchiveVerifier(directory).verify();
    }

    /**
     * Writes a CDXJ index of every WARC file of the archive to {@code out}, in key order, so that pywb or another
     * replay tool can serve the files as they are. The caller closes {@code out}.
     */
    public CdxjSummary exportCdxj(java.io.Writer out) throws IOException {
        return CdxjIndex.write(directory, out);
    }

    /** The archive directory. */
    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private record Placed(String file, long offsetOfMain) {}

    /** Appends the members of one capture together; the capture's own record is {@code members[mainIndex]}. */
    private synchronized Placed append(int mainIndex, List<byte[]> members) throws IOException {
        WarcFile file = fileWithRoom();
        try {
            long offset = file.append(members.toArray(byte[][]::new));
            for (int i = 0; i < mainIndex; i++) {
                offset += members.get(i).length;
            }
            return new Placed(file.name(), offset);
        } catch (IOException e) {
            // The file may now end in a partial record: never append to it again.
            abandonCurrent();
            throw new ArchiveException("could not append to " + directory.resolve(file.name()), e);
        }
    }

    private WarcFile fileWithRoom() throws IOException {
        if (current != null && current.size() >= rotateAtBytes) {
            close();
        }
        if (current == null) {
            current = newFile();
        }
        return current;
    }

    private WarcFile newFile() throws IOException {
        String stamp = STAMP.format(Instant.now());
        while (true) {
            String name = "clausewatch-" + stamp + "-" + String.format("%05d", sequence++) + SUFFIX;
            try {
                WarcFile file = WarcFile.create(directory, name);
                file.append(WarcRecords.warcinfo(name));
                return file;
            } catch (FileAlreadyExistsException taken) {
                // Another instance (or an earlier run in the same second) owns that name; take the next one.
            }
        }
    }

    private void abandonCurrent() {
        try {
            close();
        } catch (IOException ignored) {
            current = null;
        }
    }

    /** For a revisit of a revisit, the record that really holds the payload. */
    private WarcRecords.Original original(ArchivedCapture previous) throws IOException {
        if (!previous.revisit()) {
            return new WarcRecords.Original(URI.create(previous.recordId()), previous.url(), previous.capturedAt());
        }
        if (!(readRecord(previous) instanceof WarcRevisit revisit)
                || revisit.refersTo().isEmpty()) {
            throw new ArchiveException(previous.location() + ": expected a revisit record with WARC-Refers-To");
        }
        return new WarcRecords.Original(
                revisit.refersTo().get(),
                revisit.refersToTargetURI().orElse(previous.url()),
                revisit.refersToDate().orElse(previous.capturedAt()));
    }

    private WarcRecord readRecord(ArchivedCapture capture) throws IOException {
        return Members.parse(readMember(capture), capture.recordId(), capture.location());
    }

    /**
     * The gzip member that holds a capture's record, byte for byte as archived: on its own it is a WARC file of one
     * record that any WARC reader opens. {@link Members#payloadDigest} checks such a member offline.
     */
    public Bytes member(ArchivedCapture capture) throws IOException {
        return Bytes.wrap(readMember(capture));
    }

    private byte[] readMember(ArchivedCapture capture) throws IOException {
        Path file = directory.resolve(capture.warcFile());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (capture.offset() + capture.length() > channel.size() || capture.length() > Integer.MAX_VALUE) {
                throw new ArchiveException(capture.location() + ": record of " + capture.length()
                        + " bytes runs past the end of the file (" + channel.size() + " bytes)");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) capture.length());
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, capture.offset() + buffer.position()) < 0) {
                    throw new ArchiveException(capture.location() + ": unexpected end of file");
                }
            }
            return buffer.array();
        } catch (NoSuchFileException e) {
            throw new ArchiveException(capture.location() + ": WARC file " + file + " is missing", e);
        }
    }
}
