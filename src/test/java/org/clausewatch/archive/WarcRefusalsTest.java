package org.clausewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.RefusedRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/** The sub-requests ClauseWatch refused to a rendered page are kept next to its capture in the WARC. */
class WarcRefusalsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final String URL = "https://example.org/terms";
    private static final byte[] DOM = "<html><body>rendered terms</body></html>".getBytes(StandardCharsets.UTF_8);
    private static final RefusedRequests TWO = new RefusedRequests(
            List.of(
                    "http://10.0.0.7/admin.js: 10.0.0.7 is a private address",
                    "https://169.254.169.254/: 169.254.169.254 is a link-local address"),
            7);

    @TempDir
    Path dir;

    @Test
    void writesAMetadataRecordConcurrentToTheRenderedCaptureListingItsRefusals() throws IOException {
        ArchivedCapture capture;
        try (WarcArchive archive = new WarcArchive(dir)) {
            capture = archive.archive(Captures.rendered(URL, DOM, T0, TWO), Optional.empty());
            assertThat(archive.readPayload(capture).toArray()).isEqualTo(DOM);
        }
        List<WarcRecord> records = readAll(dir.resolve(capture.warcFile()));
        assertThat(records).extracting(WarcRecord::type).containsExactly("warcinfo", "resource", "metadata");
        WarcMetadata metadata = (WarcMetadata) records.get(2);
        assertThat(records.get(1).position()).isEqualTo(capture.offset());
        assertThat(metadata.concurrentTo()).extracting(Object::toString).containsExactly(capture.recordId());
        assertThat(metadata.target()).isEqualTo(URL);
        assertThat(metadata.contentType().toString()).isEqualTo("application/warc-fields");
        MessageHeaders fields = fieldsOfTheMetadataRecord(dir.resolve(capture.warcFile()));
        assertThat(fields.first("refused-requests-total")).contains("7");
        assertThat(fields.all("refused-request")).containsExactlyElementsOf(TWO.kept());
        assertThat(new WarcArchive(dir).verify()).isEmpty();
    }

    @Test
    void readsTheRefusalsOfACaptureBackFromTheArchive() throws IOException {
        try (WarcArchive archive = new WarcArchive(dir)) {
            ArchivedCapture capture = archive.archive(Captures.rendered(URL, DOM, T0, TWO), Optional.empty());
            ArchivedCapture revisit =
                    archive.archive(Captures.rendered(URL, DOM, T0.plusSeconds(60), TWO), Optional.of(capture));

            assertThat(archive.refusedRequests(capture)).isEqualTo(TWO);
            assertThat(revisit.revisit()).isTrue();
            assertThat(archive.refusedRequests(revisit)).isEqualTo(TWO);
        }
    }

    @Test
    void aCaptureWithoutRefusalsWritesNothingExtraAndReadsBackNone() throws IOException {
        try (WarcArchive archive = new WarcArchive(dir)) {
            ArchivedCapture plain = archive.archive(Captures.rendered(URL, DOM, T0), Optional.empty());
            // the next capture's records follow at once: they must not be taken for the first one's refusals
            ArchivedCapture refused = archive.archive(
                    Captures.rendered(URL + "?b", "<p>b</p>".getBytes(StandardCharsets.UTF_8), T0, TWO),
                    Optional.empty());
            ArchivedCapture fetched =
                    archive.archive(Captures.fetched(URL + "?c", DOM, "text/html", T0), Optional.empty());

            assertThat(archive.refusedRequests(plain).isEmpty()).isTrue();
            assertThat(archive.refusedRequests(refused)).isEqualTo(TWO);
            assertThat(archive.refusedRequests(fetched).isEmpty()).isTrue();
            assertThat(readAll(dir.resolve(plain.warcFile())))
                    .extracting(WarcRecord::type)
                    .containsExactly("warcinfo", "resource", "resource", "metadata", "request", "response");
        }
    }

    @Test
    void keepsEveryRefusalAsOneLineOfPrintableText() throws IOException {
        RefusedRequests odd = new RefusedRequests(
                List.of(
                        "http://bücher.example/\u0007x: refused",
                        "http://10.0.0.1/\r\nrefused-requests-total: 0\r\nWARC-Type: resource: refused"),
                2);
        try (WarcArchive archive = new WarcArchive(dir)) {
            ArchivedCapture capture = archive.archive(Captures.rendered(URL, DOM, T0, odd), Optional.empty());

            RefusedRequests read = archive.refusedRequests(capture);
            assertThat(read.kept())
                    .containsExactly(
                            "http://b?cher.example/?x: refused",
                            "http://10.0.0.1/??refused-requests-total: 0??WARC-Type: resource: refused");
            assertThat(read.total())
                    .as("a line break in a URL cannot forge the count")
                    .isEqualTo(2);
            assertThat(archive.verify()).isEmpty();
        }
    }

    private static MessageHeaders fieldsOfTheMetadataRecord(Path file) throws IOException {
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (record instanceof WarcMetadata metadata) {
                    return metadata.fields();
                }
            }
        }
        throw new AssertionError("no metadata record in " + file);
    }

    private static List<WarcRecord> readAll(Path file) throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                record.body().consume();
                records.add(record);
            }
        }
        return records;
    }
}
