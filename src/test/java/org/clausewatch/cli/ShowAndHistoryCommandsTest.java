package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code show} says what it shows before the text, and {@code provision-history} finds a provision's document from its
 * lineage id: over one imported history and one document tracked from a site on loopback, in one data folder.
 */
class ShowAndHistoryCommandsTest {
    private static final String LICENCE = "You grant us a licence to host your content to operate the service.";
    private static final String WIDER_LICENCE =
            "You grant us a perpetual licence to host your content and to train our models.";

    @TempDir
    static Path dir;

    private static LocalSite site;
    private static Path data;

    @BeforeAll
    static void importAndTrack() throws IOException {
        Path terms = Files.createDirectories(dir.resolve("dataset/Example/Terms of Service"));
        Files.writeString(terms.resolve("2024-01-01T00-00-00Z.md"), "# Terms\n\n## Content\n\n" + LICENCE + "\n");
        Files.writeString(terms.resolve("2024-02-01T00-00-00Z.md"), "# Terms\n\n## Content\n\n" + WIDER_LICENCE + "\n");
        data = dir.resolve("data");
        CliRun imported = run("import-ota", dir.resolve("dataset").toString());
        assertThat(imported.status()).as(imported.err()).isZero();

        site = new LocalSite();
        site.put(
                "/terms",
                Page.html("<html><body><main><h1>Terms</h1><p>We may end your account at any time.</p>"
                        + "<p>Any dispute goes to the courts of Dublin.</p></main></body></html>"));
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        Files.writeString(declarations.resolve("Tracked.json"), """
                {"name": "Tracked", "terms": {"Terms of Service": {"fetch": "%s", "select": "main"}}}
                """.formatted(site.url("/terms")));
        CliRun tracked = run(
                "track",
                "--declarations",
                declarations.toString(),
                "--allow-private-addresses",
                "--host-delay-ms",
                "0");
        assertThat(tracked.status()).as(tracked.err()).isZero();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return CliRun.run(all.toArray(String[]::new));
    }

    private static JsonNode json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        CliRun run = run(all.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void showStartsWithServiceDocumentVersionAndCaptureTimeOfAnImportedVersion() {
        JsonNode version = json("show", "--service", "Example", "--type", "Terms of Service", "--at", "2024-01-15");

        CliRun shown = run("show", "--service", "Example", "--type", "Terms of Service", "--at", "2024-01-15");

        assertThat(shown.status()).as(shown.err()).isZero();
        assertThat(shown.out())
                .startsWith("service:   Example\n"
                        + "document:  Terms of Service\n"
                        + "version:   " + version.get("id").asLong() + "\n"
                        + "captured:  2024-01-01T00:00:00Z (first-record, imported)\n"
                        + "\n"
                        + "# Terms\n")
                .contains(LICENCE)
                .doesNotContain("source:", WIDER_LICENCE);
    }

    @Test
    void showNamesTheSourceOfATrackedVersion() {
        JsonNode version = json("show", "--service", "Tracked", "--type", "Terms of Service");

        CliRun shown = run("show", "--service", "Tracked", "--type", "Terms of Service");

        assertThat(shown.status()).as(shown.err()).isZero();
        String header = shown.out().substring(0, shown.out().indexOf("\n\n") + 1);
        assertThat(header.lines().toList())
                .hasSize(5)
                .contains(
                        "service:   Tracked",
                        "document:  Terms of Service",
                        "version:   " + version.get("id").asLong(),
                        "source:    " + site.url("/terms"))
                .anySatisfy(line -> assertThat(line)
                        .startsWith("captured:  " + version.get("capturedAt").asString()));
        assertThat(shown.out()).contains("We may end your account at any time.");
    }

    @Test
    void showJsonKeepsItsShape() {
        JsonNode version = json("show", "--service", "Tracked", "--type", "Terms of Service");

        List<String> fields = new ArrayList<>();
        version.propertyNames().forEach(fields::add);
        assertThat(fields)
                .containsExactly(
                        "id",
                        "capturedAt",
                        "sha256",
                        "bytes",
                        "flags",
                        "extractorVersion",
                        "captureIds",
                        "document",
                        "markdown",
                        "provisions");
    }

    private static String licenceLineage() {
        JsonNode version = json("show", "--service", "Example", "--type", "Terms of Service", "--at", "2024-01-15");
        for (JsonNode provision : version.get("provisions")) {
            if (provision.get("text").asString().equals(LICENCE)) {
                return provision.get("lineageId").asString();
            }
        }
        throw new AssertionError("no licence provision in " + version);
    }

    @Test
    void provisionHistoryFindsTheDocumentFromTheLineageAlone() {
        String lineage = licenceLineage();

        JsonNode alone = json("provision-history", "--lineage", lineage);
        JsonNode named =
                json("provision-history", "--service", "Example", "--type", "Terms of Service", "--lineage", lineage);

        assertThat(alone.findValuesAsString("text")).containsExactly(LICENCE, WIDER_LICENCE);
        assertThat(alone).isEqualTo(named);
        CliRun text = run("provision-history", "--lineage", lineage);
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("2024-01-01T00:00:00Z", LICENCE, "2024-02-01T00:00:00Z", WIDER_LICENCE);
    }

    @Test
    void provisionHistoryRefusesADocumentTheLineageIsNotOf() {
        String lineage = licenceLineage();

        CliRun other =
                run("provision-history", "--service", "Tracked", "--type", "Terms of Service", "--lineage", lineage);

        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err().strip())
                .isEqualTo("clausewatch provision-history: provision '" + lineage + "' is of Example / Terms of"
                        + " Service, not of Tracked / Terms of Service; --service and --type may be left out");
        assertThat(other.out()).isEmpty();
    }

    @Test
    void provisionHistoryOfAnUnknownLineageOrHalfADocumentIsAUsageError() {
        CliRun unknown = run("provision-history", "--lineage", "nope");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip())
                .isEqualTo("clausewatch provision-history: no provision with lineage id 'nope'");

        CliRun half = run("provision-history", "--service", "Example", "--lineage", licenceLineage());
        assertThat(half.status()).isEqualTo(2);
        assertThat(half.err()).contains("Missing required argument", "--terms-type");
    }
}
