package org.clausewatch.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.clausewatch.testing.LoopbackTsa;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Evidence packs end to end: two tracking passes against a real site on loopback with a real RFC 3161 authority on
 * loopback, a pack exported by the command line and by the web, checked offline, then tampered with byte by byte.
 */
class EvidencePackTest {
    @TempDir
    static Path dir;

    private static LocalSite site;
    private static LoopbackTsa tsa;
    private static Path data;
    private static Path pack;

    /** The pack's custody range: documents are tracked in parallel, so which capture got which link varies. */
    private static long fromLink;

    private static long stampedLink;

    @BeforeAll
    static void trackTwiceAndExport() throws Exception {
        site = new LocalSite();
        tsa = new LoopbackTsa();
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(
                data.resolve(Settings.FILE),
                String.join(
                        "\n",
                        "tsa-url=" + tsa.url(),
                        "tsa-ca-certificates=" + tsa.writeRoot(dir.resolve("tsa-root.pem")),
                        "tsa-interval=PT0.001S",
                        ""));
        Files.writeString(
                declarations.resolve("Example.json"), """
                {"name": "Example", "terms": {
                  "Terms of Service": {"fetch": "%s", "select": "main"},
                  "Privacy Policy": {"fetch": "%s", "select": "main"}
                }}
                """.formatted(site.url("/terms"), site.url("/privacy")));
        site.put(
                "/terms",
                Page.html(
                        "<html><body><main><h1>Terms</h1><p>You keep the rights to your content. "
                                + "We may use it to provide the services.</p><p>You must be 13 or older.</p></main></body></html>"));
        site.put(
                "/privacy",
                Page.html("<html><body><main><h1>Privacy</h1><p>We keep logs for 30 days.</p>"
                        + "</main></body></html>"));
        for (int pass = 0; pass < 2; pass++) {
            CliRun track = CliRun.run(
                    "track",
                    "--data",
                    data.toString(),
                    "--declarations",
                    declarations.toString(),
                    "--allow-private-addresses",
                    "--host-delay-ms",
                    "0");
            assertThat(track.status()).as(track.err()).isZero();
        }
        pack = dir.resolve("privacy.zip");
        CliRun export = CliRun.run(
                "evidence",
                "--data",
                data.toString(),
                "--service",
                "Example",
                "--type",
                "Privacy Policy",
                "--output",
                pack.toString());
        assertThat(export.status()).as(export.err()).isZero();
        JsonNode custody = EvidencePacks.JSON
                .readTree(unzip(Files.readAllBytes(pack)).get("pack.json"))
                .path("custody");
        fromLink = custody.path("fromLink").asLong();
        stampedLink = custody.path("timestampedLink").asLong();
    }

    @AfterAll
    static void stop() {
        tsa.close();
        site.close();
    }

    @Test
    void verifyChecksTheTokensKeptAfterEachPass() {
        CliRun verify = CliRun.run("verify", "--data", data.toString(), "--json");

        assertThat(verify.status()).as(verify.out()).isZero();
        JsonNode json = verify.json();
        assertThat(json.path("timestamps").path("tokens").asInt()).isEqualTo(2);
        assertThat(json.path("timestamps").path("latestLink").asLong()).isEqualTo(4);
        assertThat(json.path("timestamps").path("authority").asString()).isEqualTo(tsa.url());
    }

    @Test
    void aPackHoldsTheRecordsTextJsonLinksTokenAndManifest() throws IOException {
        Map<String, byte[]> files = unzip(Files.readAllBytes(pack));

        assertThat(files.keySet())
                .contains(
                        "version.json",
                        "text.md",
                        "pack.json",
                        "README.txt",
                        "SHA256SUMS",
                        "tsa/ca.pem",
                        "tsa/token-certificates.pem")
                .anyMatch(path -> path.matches("warc/capture-\\d+\\.warc\\.gz"))
                .contains("custody/link-" + fromLink + ".txt", "custody/link-" + stampedLink + ".txt")
                .contains("timestamps/link-" + stampedLink + ".tsr")
                .doesNotContain(
                        "custody/link-" + (stampedLink + 1) + ".txt", "custody/link-" + (fromLink - 1) + ".txt");
        String version = new String(files.get("version.json"), StandardCharsets.UTF_8);
        assertThat(version).contains("\"readerVersion\"", "\"provisions\"", "We keep logs for 30 days.");
        assertThat(new String(files.get("text.md"), StandardCharsets.UTF_8)).contains("We keep logs for 30 days");
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8))
                .contains(
                        "sha256sum -c SHA256SUMS",
                        "openssl ts -verify -in timestamps/link-" + stampedLink + ".tsr -data custody/link-"
                                + stampedLink + ".txt -CAfile tsa/ca.pem");
    }

    @Test
    void verifyEvidenceFindsAnExportedPackSound() {
        CliRun check = CliRun.run("verify-evidence", pack.toString());

        assertThat(check.status()).as(check.out()).isZero();
        assertThat(check.out())
                .contains(
                        "holds: every one of the",
                        "holds: custody links " + fromLink + " to " + stampedLink + " chain",
                        "holds: text.md is the version's text",
                        "holds: timestamps/link-" + stampedLink + ".tsr: a valid RFC 3161 token",
                        "whose certificate chains to tsa/ca.pem",
                        "fetched before the token's time")
                .doesNotContain("DOES NOT HOLD", "not proven");
    }

    @Test
    void aChangedByteInAnyFileOfThePackIsFound() throws IOException {
        Map<String, byte[]> files = unzip(Files.readAllBytes(pack));
        for (String path : files.keySet()) {
            for (int at : new int[] {0, files.get(path).length / 2, files.get(path).length - 1}) {
                Map<String, byte[]> tampered = new LinkedHashMap<>(files);
                byte[] content = files.get(path).clone();
                content[at] ^= 0x20;
                tampered.put(path, content);

                PackReport report = PackCheck.check(new ByteArrayInputStream(zip(tampered)));

                assertThat(report.sound())
                        .as(path + " byte " + at + ": " + report.holds())
                        .isFalse();
            }
        }
    }

    @Test
    void aChangedByteOfTheZipItselfIsFound() throws IOException {
        byte[] zip = Files.readAllBytes(pack);
        for (int at = 40; at < zip.length; at += Math.max(1, zip.length / 23)) {
            byte[] tampered = zip.clone();
            tampered[at] ^= 0x01;
            assertThat(PackCheck.check(new ByteArrayInputStream(tampered)).sound())
                    .as("byte " + at)
                    .isFalse();
        }
    }

    @Test
    void theWebServesThePackOfAVersionAndOfAProvision() throws Exception {
        Map<String, byte[]> exported = unzip(Files.readAllBytes(pack));
        JsonNode index = EvidencePacks.JSON.readTree(exported.get("pack.json"));
        long versionId = index.path("subject").path("versionId").asLong();
        JsonNode version = EvidencePacks.JSON.readTree(exported.get("version.json"));
        String lineage = version.path("provisions").get(0).path("lineageId").asString();
        try (ClauseWatch app = ClauseWatch.open(Settings.resolve(data, Map.of(), Map.of()));
                HttpClient client = HttpClient.newHttpClient()) {
            int port = app.web().start("127.0.0.1", 0).port();
            for (String path : List.of("/versions/" + versionId, "/provisions/" + lineage)) {
                HttpResponse<byte[]> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + "/evidence.zip"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
                PackReport report = PackCheck.check(new ByteArrayInputStream(response.body()));
                assertThat(report.fails()).as(path).isEmpty();
            }
            HttpResponse<String> missing = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/versions/424242/evidence.zip"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
        }
    }

    /** The README's promise: sha256sum and openssl alone check the pack, ClauseWatch not needed. */
    @Test
    void standardToolsCheckAnExportedPack() throws Exception {
        assumeTrue(
                onPath("sha256sum") && onPath("openssl"),
                "sha256sum or openssl is not installed: the check with standard tools is skipped");
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        for (Map.Entry<String, byte[]> file : unzip(Files.readAllBytes(pack)).entrySet()) {
            Path target = unpacked.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }

        assertThat(run(unpacked, "sha256sum", "-c", "SHA256SUMS"))
                .doesNotContain("FAILED")
                .contains("text.md: OK");
        assertThat(run(
                        unpacked,
                        "openssl",
                        "ts",
                        "-verify",
                        "-in",
                        "timestamps/link-" + stampedLink + ".tsr",
                        "-data",
                        "custody/link-" + stampedLink + ".txt",
                        "-CAfile",
                        "tsa/ca.pem"))
                .contains("Verification: OK");

        Files.writeString(
                unpacked.resolve("custody/link-" + stampedLink + ".txt"),
                "tampered",
                java.nio.file.StandardOpenOption.APPEND);
        Process tampered = new ProcessBuilder(
                        "openssl",
                        "ts",
                        "-verify",
                        "-in",
                        "timestamps/link-" + stampedLink + ".tsr",
                        "-data",
                        "custody/link-" + stampedLink + ".txt",
                        "-CAfile",
                        "tsa/ca.pem")
                .directory(unpacked.toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(tampered.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tampered.exitValue()).isNotZero();
    }

    private static boolean onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }

    private static String run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ":\n" + output)
                .isZero();
        return output;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
