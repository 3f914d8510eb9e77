package org.clausewatch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clausewatch.common.RefusedRequests;
import org.clausewatch.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CDXJ export is an index a replay tool can trust: every offset and length delimits the record it names. */
class CdxjIndexTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant JANUARY = Instant.parse("2026-01-10T08:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-10T08:00:00Z");

    @TempDir
    Path dir;

    /** One line of the index, split into its three parts. */
    record Line(String key, String timestamp, JsonNode fields) {
        static Line parse(String line) {
            String[] parts = line.split(" ", 3);
            return new Line(parts[0], parts[1], JSON.readTree(parts[2]));
        }

        String field(String name) {
            return fields.get(name).asString();
        }
    }

    private void archiveSomeCaptures(Path warcs) throws IOException {
        try (WarcArchive archive = new WarcArchive(warcs, 1500)) {
            byte[] terms = "<html><body><p>Terms.</p></body></html>".getBytes(StandardCharsets.UTF_8);
            ArchivedCapture first = archive.archive(
                    Captures.fetched("https://www.Platform.example/Terms?b=2&a=1", terms, "text/html", JANUARY),
                    Optional.empty());
            archive.archive(
                    Captures.fetched("https://www.Platform.example/Terms?b=2&a=1", terms, "text/html", FEBRUARY),
                    Optional.of(first));
            archive.archive(
                    Captures.rendered(
                            "https://platform.example/privacy",
                            "<html><body>Privacy</body></html>".getBytes(StandardCharsets.UTF_8),
                            JANUARY,
                            RefusedRequests.of(List.of("https://tracker.example/t.js: third party"))),
                    Optional.empty());
            archive.archive(
                    Captures.fetched("https://platform.example/policy.pdf", noise(), "application/pdf", JANUARY),
                    Optional.empty());
        }
    }

    /** Bytes gzip cannot shrink, so the file fills and the archive rotates. */
    private static byte[] noise() {
        byte[] bytes = new byte[3000];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void everyLinePointsAtTheRecordItNamesSortedByKey() throws IOException {
        Path warcs = dir.resolve("warcs");
        archiveSomeCaptures(warcs);
        StringWriter out = new StringWriter();

        CdxjSummary summary = new WarcArchive(warcs).exportCdxj(out);

        List<Line> lines = out.toString().lines().map(Line::parse).toList();
        assertThat(summary.lines()).isEqualTo(4);
        assertThat(summary.warcFiles()).isGreaterThan(1);
        assertThat(summary.warnings()).isEmpty();
        assertThat(lines).extracting(Line::key).isSorted();
        assertThat(lines)
                .extracting(Line::key, Line::timestamp)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("example,platform)/policy.pdf", "20260110080000"),
                        org.assertj.core.groups.Tuple.tuple("example,platform)/privacy", "20260110080000"),
                        org.assertj.core.groups.Tuple.tuple("example,platform)/terms?a=1&b=2", "20260110080000"),
                        org.assertj.core.groups.Tuple.tuple("example,platform)/terms?a=1&b=2", "20260210080000"));
        for (Line line : lines) {
            WarcRecord record = recordAt(warcs.resolve(line.field("filename")), line);
            assertThat(((WarcTargetRecord) record).target()).isEqualTo(line.field("url"));
            assertThat(record.date()).isEqualTo(line.timestamp().equals("20260110080000") ? JANUARY : FEBRUARY);
        }
        Line revisit = lines.get(3);
        assertThat(revisit.field("mime")).isEqualTo("warc/revisit");
        assertThat(recordAt(warcs.resolve(revisit.field("filename")), revisit)).isInstanceOf(WarcRevisit.class);
        assertThat(revisit.field("digest")).isEqualTo(lines.get(2).field("digest"));
        Line pdf = lines.get(0);
        assertThat(pdf.field("mime")).isEqualTo("application/pdf");
        assertThat(pdf.field("status")).isEqualTo("200");
        assertThat(recordAt(warcs.resolve(pdf.field("filename")), pdf)).isInstanceOf(WarcResponse.class);
        assertThat(recordAt(warcs.resolve(lines.get(1).field("filename")), lines.get(1)))
                .isInstanceOf(WarcResource.class);
    }

    @Test
    void theCommandWritesTheIndexFileAndATornTailIsAWarningNotAFailure() throws IOException {
        Path data = dir.resolve("data");
        Path warcs = data.resolve("warcs");
        archiveSomeCaptures(warcs);
        Path torn = warcs.resolve("clausewatch-20991231000000-00000.warc.gz");
        byte[] whole;
        try (java.util.stream.Stream<Path> files = Files.list(warcs)) {
            whole = Files.readAllBytes(files.sorted().findFirst().orElseThrow());
        }
        Files.write(torn, Arrays.copyOf(whole, whole.length - 10));
        Path index = dir.resolve("out/index.cdxj");
        Files.createDirectories(index.getParent());

        CliRun run = CliRun.run("export-cdxj", "--data", data.toString(), "--output", index.toString(), "--json");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode summary = run.json();
        assertThat(summary.get("lines").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(summary.get("warnings").toString())
                .contains(torn.getFileName().toString());
        List<String> lines = Files.readAllLines(index);
        assertThat(lines).hasSize((int) summary.get("lines").asLong());
        for (String text : lines) {
            Line line = Line.parse(text);
            assertThat(((WarcTargetRecord) recordAt(warcs.resolve(line.field("filename")), line)).target())
                    .isEqualTo(line.field("url"));
        }
        assertThat(Files.exists(dir.resolve("out/index.cdxj.partial"))).isFalse();
    }

    /** Reads exactly {@code length} bytes at {@code offset}: a record that starts and ends there, or no record. */
    private static WarcRecord recordAt(Path file, Line line) throws IOException {
        long offset = Long.parseLong(line.field("offset"));
        int length = Integer.parseInt(line.field("length"));
        byte[] member = new byte[length];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(member);
            while (buffer.hasRemaining()) {
                assertThat(channel.read(buffer, offset + buffer.position())).isPositive();
            }
        }
        WarcReader reader = new WarcReader(new ByteArrayInputStream(member));
        WarcRecord record = reader.next().orElseThrow();
        record.body().stream().readAllBytes();
        assertThat(reader.next()).as("exactly one record in the member").isEmpty();
        return record;
    }
}
