package org.clausewatch.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.clausewatch.common.Sha256;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/** Reads every WARC file of an archive directory end to end and recomputes the block and payload digests. */
final class ArchiveVerifier {
    private final Path directory;

    ArchiveVerifier(Path directory) {
        this.directory = directory;
    }

    List<ArchiveProblem> verify() throws IOException {
        List<ArchiveProblem> problems = new ArrayList<>();
        for (Path file : warcFiles()) {
            verifyFile(file, problems);
        }
        return List.copyOf(problems);
    }

    private List<Path> warcFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(WarcArchive.SUFFIX))
                    .sorted()
                    .toList();
        }
    }

    private static void verifyFile(Path file, List<ArchiveProblem> problems) throws IOException {
        String name = file.getFileName().toString();
        long offset = 0;
        try (WarcReader reader = new WarcReader(file)) {
            Optional<WarcRecord> next = reader.next();
            while (next.isPresent()) {
                WarcRecord record = next.get();
                offset = record.position();
                long at = offset;
                verifyRecord(record).ifPresent(message -> problems.add(new ArchiveProblem(name, at, message, false)));
                next = reader.next();
            }
        } catch (IOException | RuntimeException e) {
            // Typically the torn tail of a process killed mid-write: the records before it are still good.
            problems.add(new ArchiveProblem(
                    name, offset, "unreadable at or after this record (interrupted write?): " + e.getMessage(), true));
        }
    }

    private static Optional<String> verifyRecord(WarcRecord record) throws IOException {
        byte[] block = record.body().stream().readAllBytes();
        Optional<String> blockProblem = record.blockDigest().flatMap(expected -> mismatch("block", expected, block));
        if (blockProblem.isPresent()) {
            return blockProblem;
        }
        if (record instanceof WarcRevisit revisit && revisit.payloadDigest().isEmpty()) {
            return Optional.of("revisit " + record.id() + " has no WARC-Payload-Digest");
        }
        if (!WarcPayloads.holdsPayload(record)) {
            return Optional.empty();
        }
        Optional<WarcDigest> expected = ((WarcTargetRecord) record).payloadDigest();
        if (expected.isEmpty()) {
            return Optional.of("record " + record.id() + " has no WARC-Payload-Digest");
        }
        return mismatch("payload", expected.get(), WarcPayloads.payload(record, block));
    }

    private static Optional<String> mismatch(String what, WarcDigest expected, byte[] data) {
        if (!expected.algorithm().equalsIgnoreCase("sha256")) {
            return Optional.empty();
        }
        Sha256 actual = Sha256.of(data);
        Sha256 claimed = WarcRecords.sha256(expected);
        return actual.equals(claimed)
                ? Optional.empty()
                : Optional.of(what + " digest mismatch: recorded sha256 " + claimed + ", computed " + actual);
    }
}
