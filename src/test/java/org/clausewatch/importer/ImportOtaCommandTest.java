package org.clausewatch.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** import-ota on hand-made datasets and on real histories from the shared corpus. */
class ImportOtaCommandTest {
    @TempDir
    Path dir;

    private static final String LONG = "We collect the information you give us when you use the services. ".repeat(60);

    private Path dataset() throws IOException {
        Path terms = Files.createDirectories(dir.resolve("dataset/Example/Terms of Service"));
        Files.writeString(terms.resolve("2024-01-01T00-00-00Z.md"), "# Terms\n\n" + LONG + "\n\nEdition one.\n");
        Files.writeString(terms.resolve("2024-02-01T00-00-00Z.md"), "# Terms\n\n" + LONG + "\n\nEdition two.\n");
        Files.writeString(terms.resolve("2024-02-15T00-00-00Z.md"), "# Terms\n\n" + LONG + "\n\nEdition two.   \n\n\n");
        Files.writeString(
                terms.resolve("2024-03-01T00-00-00Z.md"), "# Page not found\n\nSorry, we couldn't find that page.\n");
        Files.writeString(terms.resolve("2024-04-01T00-00-00Z.md"), "# Terms\n\n" + LONG + "\n\nEdition three.\n");
        Files.writeString(terms.resolve("2024-04-01T00-00-00Z_2.md"), "# Terms\n\n" + LONG + "\n\nEdition four.\n");
        Files.writeString(
                terms.resolve("_versions.tsv"),
                "file\tfetch_date_utc\tkind\n2024-04-01T00-00-00Z.md\t2024-04-01T00:00:00Z\ttechnical-upgrade\n");
        return dir.resolve("dataset");
    }

    @Test
    void importsVersionsWithTheirCaptureTimesAndFlags() throws IOException {
        Path data = dir.resolve("data");
        CliRun run = CliRun.run("import-ota", dataset().toString(), "--data", data.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode document = run.json().get("documents").get(0);
        assertThat(document.get("imported").asInt()).isEqualTo(4);
        assertThat(document.get("unchanged").asInt()).isEqualTo(1);
        assertThat(document.get("refused").get(0).asString()).startsWith("2024-03-01T00-00-00Z.md");

        JsonNode versions = CliRun.run(
                        "versions",
                        "--data",
                        data.toString(),
                        "--service",
                        "Example",
                        "--type",
                        "Terms of Service",
                        "--json")
                .json();
        assertThat(versions.findValuesAsString("capturedAt"))
                .containsExactly(
                        "2024-01-01T00:00:00Z",
                        "2024-02-01T00:00:00Z",
                        "2024-04-01T00:00:00Z",
                        "2024-04-01T00:00:00.001Z");
        assertThat(versions.get(0).get("flags").toString()).contains("imported", "first-record");
        assertThat(versions.get(2).get("flags").toString()).contains("imported", "technical-upgrade");

        JsonNode shown = CliRun.run(
                        "show",
                        "--data",
                        data.toString(),
                        "--service",
                        "Example",
                        "--type",
                        "Terms of Service",
                        "--at",
                        "2024-03-10",
                        "--json")
                .json();
        assertThat(shown.get("markdown").asString()).contains("Edition two.");
    }

    /**
     * A policy cut down to a fraction of its length, and the cut-down text still there days later (with its date line
     * moving): the first captures are refused as drastic shrinks, then the same shrink, back after two days, is the
     * document's text, flagged as a confirmed shrink.
     */
    @Test
    void acceptsAShrinkThatPersistsAcrossCapturesAndSaysSo() throws IOException {
        Path terms = Files.createDirectories(dir.resolve("cut/Example/Privacy Policy"));
        Files.writeString(terms.resolve("2024-01-01T00-00-00Z.md"), "# Privacy\n\n" + LONG + "\n");
        String cut = "# Privacy\n\nWe collect only what you give us and delete it when you ask.\n\nUpdated: %s\n";
        Files.writeString(terms.resolve("2024-02-01T00-00-00Z.md"), cut.formatted("1 February 2024"));
        Files.writeString(terms.resolve("2024-02-02T00-00-00Z.md"), cut.formatted("2 February 2024"));
        Files.writeString(terms.resolve("2024-02-04T00-00-00Z.md"), cut.formatted("4 February 2024"));
        Path data = dir.resolve("data");

        JsonNode document = CliRun.run("import-ota", dir.resolve("cut").toString(), "--data", data.toString(), "--json")
                .json()
                .get("documents")
                .get(0);

        assertThat(document.get("refused")).hasSize(2);
        assertThat(document.get("refused").get(0).asString()).contains("shrank to");
        assertThat(document.get("imported").asInt()).isEqualTo(2);
        JsonNode versions = CliRun.run(
                        "versions",
                        "--data",
                        data.toString(),
                        "--service",
                        "Example",
                        "--type",
                        "Privacy Policy",
                        "--json")
                .json();
        assertThat(versions.get(1).get("capturedAt").asString()).isEqualTo("2024-02-04T00:00:00Z");
        assertThat(versions.get(1).get("flags").toString()).contains("confirmed-shrink");
    }

    @Test
    void importingTwiceAddsNothing() throws IOException {
        Path data = dir.resolve("data");
        Path dataset = dataset();
        CliRun.run("import-ota", dataset.toString(), "--data", data.toString());
        CliRun again = CliRun.run("import-ota", dataset.toString(), "--data", data.toString(), "--json");
        assertThat(again.json().get("versionsImported").asInt()).isZero();
    }

    @Test
    void importsRealHistoriesFromTheSharedCorpus() throws IOException {
        Path ota = Corpus.ota();
        Path dataset = Files.createDirectories(dir.resolve("real"));
        for (String service : List.of("ChatGPT", "Claude.ai")) {
            Files.createSymbolicLink(
                    dataset.resolve(service), ota.resolve(service).toAbsolutePath());
        }
        CliRun run = CliRun.run(
                "import-ota", dataset.toString(), "--data", dir.resolve("data").toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        int files = 0;
        for (JsonNode d : run.json().get("documents")) {
            files += d.get("imported").asInt()
                    + d.get("unchanged").asInt()
                    + d.get("refused").size();
        }
        assertThat(run.json().get("versionsImported").asInt()).isGreaterThan(files * 4 / 10);
        // ChatGPT's business documents carry a link token that changes on every capture ("openaicom-did=..."), and so
        // does Claude.ai's Privacy Policy ("/redirect/website.v1.<uuid>"): once seen rotating, such a capture makes no
        // version (VolatileLines) and counts as unchanged, which is why fewer than half the files become versions.
        JsonNode commercial = null;
        for (JsonNode d : run.json().get("documents")) {
            if (d.get("termsType").asString().equals("Commercial Terms")) {
                commercial = d;
            }
        }
        assertThat(commercial).isNotNull();
        assertThat(commercial.get("unchanged").asInt()).isGreaterThan(50);
        assertThat(commercial.get("imported").asInt()).isBetween(5, 40);
    }

    @Test
    void reportsAFolderThatDoesNotExist() {
        CliRun run = CliRun.run(
                "import-ota",
                dir.resolve("missing").toString(),
                "--data",
                dir.resolve("data").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("missing").contains("not a folder");
    }
}
