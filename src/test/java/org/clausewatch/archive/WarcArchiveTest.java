package org.clausewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.clausewatch.common.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

class WarcArchiveTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final String URL = "https://example.org/terms?lang=en";

    @TempDir
    Path dir;

    @Test
    void readsBackBinaryUtf8AndPdfPayloadsByteForByte() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        byte[] utf8 = "Conditions d’utilisation — 利用規約 — \r\n\0 end".getBytes(StandardCharsets.UTF_8);
        byte[] pdf =
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        try (WarcArchive archive = new WarcArchive(dir.resolve("warcs"))) {
            for (byte[] payload : List.of(binary, utf8, pdf, new byte[0])) {
                ArchivedCapture capture = archive.archive(
                        Captures.fetched(URL, payload, "application/octet-stream", T0), Optional.empty());
                assertThat(archive.readPayload(capture).toArray()).isEqualTo(payload);
                assertThat(capture.payloadDigest()).isEqualTo(Bytes.of(payload).sha256());
                assertThat(capture.revisit()).isFalse();
            }
        }
    }

    @Test
    void writesRevisitForUnchangedPayloadThatPointsAtTheOriginalRecord() throws IOException {
        byte[] page = "<html>terms v1</html>".repeat(100).getBytes(StandardCharsets.UTF_8);
        try (WarcArchive archive = new WarcArchive(dir)) {
            ArchivedCapture first = archive.archive(Captures.fetched(URL, page, "text/html", T0), Optional.empty());
            ArchivedCapture second =
                    archive.archive(Captures.fetched(URL, page, "text/html", T0.plusSeconds(60)), Optional.of(first));
            ArchivedCapture third =
                    archive.archive(Captures.fetched(URL, page, "text/html", T0.plusSeconds(120)), Optional.of(second));

            assertThat(second.revisit()).isTrue();
            assertThat(second.payloadDigest()).isEqualTo(first.payloadDigest());
            assertThat(second.length()).isLessThan(page.length / 2);
            assertThat(revisitAt(third).refersTo()).contains(URI.create(first.recordId()));
            assertThat(revisitAt(third).refersToDate()).contains(T0);
            assertThat(revisitAt(third).refersToTargetURI()).contains(URI.create(URL));
            assertThat(revisitAt(third).profile()).isEqualTo(WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1);
            assertThat(archive.readPayload(first).toArray()).isEqualTo(page);
            assertThatThrownBy(() -> archive.readPayload(second))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is a revisit");
        }
    }

    @Test
    void writesAFullRecordWhenThePayloadChanged() throws IOException {
        try (WarcArchive archive = new WarcArchive(dir)) {
            ArchivedCapture first = archive.archive(
                    Captures.fetched(URL, "v1".getBytes(StandardCharsets.UTF_8), "text/plain", T0), Optional.empty());
            ArchivedCapture second = archive.archive(
                    Captures.fetched(URL, "v2".getBytes(StandardCharsets.UTF_8), "text/plain", T0.plusSeconds(1)),
                    Optional.of(first));
            assertThat(second.revisit()).isFalse();
            assertThat(archive.readPayload(second).decode(StandardCharsets.UTF_8))
                    .isEqualTo("v2");
        }
    }

    @Test
    void writesRecordsThatJwarcReadsWithDigestsAndLinks() throws IOException {
        byte[] page = "<p>privacy</p>".getBytes(StandardCharsets.UTF_8);
        ArchivedCapture capture;
        try (WarcArchive archive = new WarcArchive(dir)) {
            capture = archive.archive(Captures.fetched(URL, page, "text/html", T0), Optional.empty());
        }
        List<WarcRecord> records = readAll(dir.resolve(capture.warcFile()));
        assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "request", "response");
        WarcRequest request = (WarcRequest) records.get(1);
        WarcResponse response = (WarcResponse) records.get(2);
        assertThat(request.concurrentTo()).containsExactly(response.id());
        assertThat(response.id().toString()).isEqualTo(capture.recordId());
        assertThat(response.position()).isEqualTo(capture.offset());
        assertThat(response.version().toString()).isEqualTo("WARC/1.1");
        assertThat(response.date()).isEqualTo(T0);
        assertThat(response.headers().first("WARC-Payload-Digest").orElseThrow())
                .startsWith("sha256:");
        assertThat(response.headers().first("WARC-Block-Digest").orElseThrow()).startsWith("sha256:");
        assertThat(response.http().status()).isEqualTo(200);
        assertThat(response.http().headers().first("Content-Encoding")).isEmpty();
        assertThat(response.http().headers().first("X-ClauseWatch-Original-Content-Encoding"))
                .contains("gzip");
        assertThat(response.http().headers().first("X-ClauseWatch-Original-Content-Length"))
                .contains("17");
        assertThat(response.http().headers().first("Content-Length")).contains(Integer.toString(page.length));
        assertThat(request.http().headers().first("User-Agent")).contains("ClauseWatch-test");
        assertThat(request.http().target()).isEqualTo("/terms?lang=en");
    }

    @Test
    void storesRenderedPagesAsResourceRecordsSayingTheBrowserMadeThem() throws IOException {
        byte[] dom = "<html><body>rendered terms</body></html>".getBytes(StandardCharsets.UTF_8);
        try (WarcArchive archive = new WarcArchive(dir)) {
            ArchivedCapture capture = archive.archive(Captures.rendered(URL, dom, T0), Optional.empty());
            assertThat(archive.readPayload(capture).toArray()).isEqualTo(dom);
            List<WarcRecord> records = readAll(dir.resolve(capture.warcFile()));
            assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "resource");
            WarcResource resource = (WarcResource) records.get(1);
            assertThat(resource.target()).isEqualTo(URL);
            assertThat(resource.headers().first(WarcRecords.RENDERED_HEADER).orElseThrow())
                    .contains("headless browser");
            ArchivedCapture again =
                    archive.archive(Captures.rendered(URL, dom, T0.plusSeconds(5)), Optional.of(capture));
            assertThat(again.revisit()).isTrue();
        }
        assertThat(new WarcArchive(dir).verify()).isEmpty();
    }

    @Test
    void refusesToReadACaptureWhoseGzipMemberWasCorrupted() throws IOException {
        ArchivedCapture capture;
        try (WarcArchive archive = new WarcArchive(dir)) {
            capture = archive.archive(
                    Captures.fetched(
                            URL, "original terms".repeat(50).getBytes(StandardCharsets.UTF_8), "text/plain", T0),
                    Optional.empty());
        }
        Path file = dir.resolve(capture.warcFile());
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) (capture.offset() + capture.length() / 2)] ^= 0x40;
        Files.write(file, bytes);

        try (WarcArchive archive = new WarcArchive(dir)) {
            assertThatThrownBy(() -> archive.readPayload(capture))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining(capture.warcFile() + " offset " + capture.offset());
            assertThat(archive.verify()).isNotEmpty();
        }
    }

    @Test
    void detectsAPayloadAlteredInsideAWellFormedRecord() throws IOException {
        ArchivedCapture capture;
        try (WarcArchive archive = new WarcArchive(dir)) {
            capture = archive.archive(
                    Captures.fetched(URL, "we never sell your data".getBytes(StandardCharsets.UTF_8), "text/plain", T0),
                    Optional.empty());
        }
        Path file = dir.resolve(capture.warcFile());
        byte[] bytes = Files.readAllBytes(file);
        byte[] record =
                gunzip(Arrays.copyOfRange(bytes, (int) capture.offset(), (int) (capture.offset() + capture.length())));
        String text = new String(record, StandardCharsets.ISO_8859_1).replace("never sell", "often sell");
        byte[] forged = gzip(text.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(file, forged, java.nio.file.StandardOpenOption.APPEND);
        ArchivedCapture forgedCapture = new ArchivedCapture(
                capture.warcFile(),
                bytes.length,
                forged.length,
                capture.recordId(),
                capture.url(),
                capture.capturedAt(),
                capture.payloadDigest(),
                false);

        try (WarcArchive archive = new WarcArchive(dir)) {
            assertThatThrownBy(() -> archive.readPayload(forgedCapture))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("payload digest mismatch")
                    .hasMessageContaining(capture.warcFile() + " offset " + bytes.length);
            assertThat(archive.verify()).singleElement().satisfies(problem -> {
                assertThat(problem.offset()).isEqualTo(bytes.length);
                assertThat(problem.message()).contains("digest mismatch");
            });
        }
    }

    @Test
    void keepsEarlierRecordsReadableAfterATornTailAndWritesToANewFile() throws IOException {
        ArchivedCapture first;
        ArchivedCapture torn;
        try (WarcArchive archive = new WarcArchive(dir)) {
            first = archive.archive(
                    Captures.fetched(URL, "first".getBytes(StandardCharsets.UTF_8), "text/plain", T0),
                    Optional.empty());
            torn = archive.archive(
                    Captures.fetched(URL, "second".repeat(100).getBytes(StandardCharsets.UTF_8), "text/plain", T0),
                    Optional.empty());
        }
        Path file = dir.resolve(first.warcFile());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (torn.offset() + torn.length() / 2)));

        try (WarcArchive archive = new WarcArchive(dir)) {
            assertThat(archive.readPayload(first).decode(StandardCharsets.UTF_8))
                    .isEqualTo("first");
            ArchivedCapture after = archive.archive(
                    Captures.fetched(URL, "third".getBytes(StandardCharsets.UTF_8), "text/plain", T0),
                    Optional.empty());
            assertThat(after.warcFile()).isNotEqualTo(first.warcFile());
            assertThat(archive.readPayload(after).decode(StandardCharsets.UTF_8))
                    .isEqualTo("third");
            assertThatThrownBy(() -> archive.readPayload(torn))
                    .isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("past the end of the file");
            assertThat(archive.verify())
                    .singleElement()
                    .satisfies(problem -> assertThat(problem.warcFile()).isEqualTo(first.warcFile()));
        }
    }

    @Test
    void archivesFromManyThreadsAtOnceWithoutInterleavingRecords() throws Exception {
        List<Future<ArchivedCapture>> futures = new ArrayList<>();
        try (WarcArchive archive = new WarcArchive(dir);
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                byte[] payload = ("document " + i + " ").repeat(i + 1).getBytes(StandardCharsets.UTF_8);
                futures.add(pool.submit(() -> archive.archive(
                        Captures.fetched("https://example.org/" + payload.length, payload, "text/plain", T0),
                        Optional.empty())));
            }
            for (int i = 0; i < futures.size(); i++) {
                ArchivedCapture capture = futures.get(i).get();
                assertThat(archive.readPayload(capture).decode(StandardCharsets.UTF_8))
                        .isEqualTo(("document " + i + " ").repeat(i + 1));
            }
            assertThat(archive.verify()).isEmpty();
        }
        assertThat(readAll(onlyFile()))
                .filteredOn(r -> r.type().equals("response"))
                .hasSize(200);
    }

    @Test
    void rotatesToANewFileOnceTheCurrentOneIsFull() throws IOException {
        try (WarcArchive archive = new WarcArchive(dir, 1000)) {
            List<String> files = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                byte[] payload = new byte[800];
                Arrays.fill(payload, (byte) i);
                files.add(archive.archive(
                                Captures.fetched(URL, payload, "application/octet-stream", T0), Optional.empty())
                        .warcFile());
            }
            assertThat(files).doesNotHaveDuplicates();
            assertThat(files).allMatch(name -> name.matches("clausewatch-\\d{14}-\\d{5}\\.warc\\.gz"));
            assertThat(archive.verify()).isEmpty();
        }
    }

    @Test
    void rejectsCaptureLocationsThatEscapeTheArchiveDirectory() {
        assertThatThrownBy(() -> new ArchivedCapture(
                        "../etc/passwd",
                        0,
                        10,
                        "urn:uuid:x",
                        URI.create(URL),
                        T0,
                        Bytes.empty().sha256(),
                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'../etc/passwd'");
    }

    private WarcRevisit revisitAt(ArchivedCapture capture) throws IOException {
        try (WarcReader reader = new WarcReader(dir.resolve(capture.warcFile()))) {
            reader.position(capture.offset());
            return (WarcRevisit) reader.next().orElseThrow();
        }
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".warc.gz"))
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one WARC file: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
    }

    private static List<WarcRecord> readAll(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                // Parsed now, while the reader is on this record; jwarc keeps the parsed message.
                if (record instanceof WarcResponse response) {
                    response.http();
                } else if (record instanceof WarcRequest request) {
                    request.http();
                }
                records.add(record);
            }
        }
        return records;
    }

    private static byte[] gunzip(byte[] member) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(member))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
