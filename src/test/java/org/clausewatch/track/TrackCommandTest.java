package org.clausewatch.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.store.CaptureRow;
import org.clausewatch.store.Database;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Tracking passes end to end through the command line, against a real site on loopback and real SQLite. */
class TrackCommandTest {
    @TempDir
    Path dir;

    private LocalSite site;
    private Path declarations;
    private Path data;

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        declarations = Files.createDirectories(dir.resolve("declarations"));
        data = dir.resolve("data");
        Files.writeString(
                declarations.resolve("Example.json"), """
                {"name": "Example", "terms": {
                  "Terms of Service": {"fetch": "%s", "select": "main", "remove": ".banner"},
                  "Privacy Policy": {"fetch": "%s", "select": "main"}
                }}
                """.formatted(site.url("/terms"), site.url("/privacy", 2)));
        site.put("/terms", Page.html(policy("Terms", 1, "")));
        site.put("/privacy", Page.html(policy("Privacy", 1, "")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    static String policy(String title, int edition, String extra) {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body>");
        html.append("<nav><a href='/'>Home</a></nav><main><div class='banner'>Rotating banner ")
                .append(System.nanoTime())
                .append("</div><h1>")
                .append(title)
                .append("</h1>");
        for (int i = 1; i <= 12; i++) {
            html.append("<h2>Section ")
                    .append(i)
                    .append("</h2><p>Paragraph ")
                    .append(i)
                    .append(" of edition ")
                    .append(i == 3 ? edition : 1)
                    .append(": we may process the information you provide when you use the services, ")
                    .append("keep it for as long as necessary and share it with providers acting on our behalf. ")
                    .append("<a href='/more?utm_source=newsletter&amp;id=")
                    .append(i)
                    .append("'>Learn more</a></p>");
        }
        return html.append(extra).append("</main></body></html>").toString();
    }

    private CliRun track() {
        return CliRun.run(
                "track",
                "--data",
                data.toString(),
                "--declarations",
                declarations.toString(),
                "--allow-private-addresses",
                "--host-delay-ms",
                "0",
                "--json");
    }

    private CliRun reextract() {
        return CliRun.run(
                "reextract",
                "--data",
                data.toString(),
                "--declarations",
                declarations.toString(),
                "--service",
                "Example",
                "--json");
    }

    private static List<String> outcomes(CliRun run) {
        List<String> outcomes = new ArrayList<>();
        for (JsonNode document : run.json().get("documents")) {
            outcomes.add(document.get("termsType").asString() + "="
                    + document.get("outcome").asString());
        }
        return outcomes;
    }

    @Test
    void recordsFirstVersionsThenNothingWhenPagesAreUnchanged() {
        CliRun first = track();
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(outcomes(first)).containsExactly("Privacy Policy=new-version", "Terms of Service=new-version");
        assertThat(outcomes(track())).containsExactly("Privacy Policy=unchanged", "Terms of Service=unchanged");
        assertAnUnchangedPassLeftARevisitLinkedToTheChainPerPage();
    }

    /** What an unchanged pass records, though it extracts nothing: each page's capture, its custody link, a success. */
    private void assertAnUnchangedPassLeftARevisitLinkedToTheChainPerPage() {
        try (Database database = Database.sqlite(data.resolve("clausewatch.db"))) {
            Store store = database.store();
            List<CaptureRow> captures = store.captures(0, 100);
            assertThat(captures).hasSize(4);
            assertThat(captures).filteredOn(CaptureRow::revisit).hasSize(2);
            assertThat(store.verifyCustody().intact()).isTrue();
            assertThat(store.verifyCustody().links()).isEqualTo(4);
            for (DocumentRow document : store.documents()) {
                assertThat(store.status(document.id()).lastSuccessAt()).isPresent();
                assertThat(store.versions(document.id())).hasSize(1);
            }
        }
    }

    @Test
    void recordsNoVersionWhenOnlyRemovedPartsAndTrackingParametersChange() {
        track();
        site.put("/terms", Page.html(policy("Terms", 1, "").replace("utm_source=newsletter", "utm_source=mail")));
        assertThat(outcomes(track())).contains("Terms of Service=unchanged");
    }

    @Test
    void recordsNoVersionForInjectedPageNoise() {
        track();
        String noisy = policy("Terms", 1, "")
                .replace(
                        "<main>",
                        "<main data-render='" + System.nanoTime() + "'><!-- cache " + System.nanoTime()
                                + " --><input type='hidden' name='csrf' value='" + System.nanoTime() + "'>"
                                + "<script>window.nonce='" + System.nanoTime() + "'</script>"
                                + "<style>.x{color:red}</style>")
                .replace("Learn more</a>", "Learn   more</a>\n")
                .replace("keep it for", "keep&#32;it for")
                .replace(
                        "?utm_source=newsletter&amp;id=",
                        ";jsessionid=0A1B2C3D?sessionid=42&amp;token=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08&amp;id=");
        site.put("/terms", Page.html(noisy));
        assertThat(outcomes(track())).contains("Terms of Service=unchanged");
    }

    @Test
    void recordsANewVersionWhenTheWordsChange() {
        track();
        site.put("/terms", Page.html(policy("Terms", 2, "")));
        CliRun run = track();
        assertThat(outcomes(run)).containsExactly("Privacy Policy=unchanged", "Terms of Service=new-version");
        CliRun versions = CliRun.run(
                "versions", "--data", data.toString(), "--service", "Example", "--type", "Terms of Service", "--json");
        assertThat(versions.json()).hasSize(2);
        assertThat(versions.json().get(0).get("flags").toString()).contains("first-record");
        CliRun show = CliRun.run(
                "show", "--data", data.toString(), "--service", "Example", "--type", "Terms of Service", "--json");
        assertThat(show.json().get("markdown").asString())
                .contains("Paragraph 3 of edition 2")
                .doesNotContain("Rotating banner");
    }

    @Test
    void recordsATechnicalUpgradeWhenTheDeclarationChangesOnAnUnchangedPage() throws IOException {
        track();
        Path file = declarations.resolve("Example.json");
        Files.writeString(
                file, Files.readString(file).replace("\"remove\": \".banner\"", "\"remove\": [\".banner\", \"h2\"]"));
        assertThat(outcomes(track())).contains("Terms of Service=new-version");
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
        assertThat(versions.get(1).get("flags").toString()).contains("technical-upgrade");
        assertThat(outcomes(track())).contains("Terms of Service=unchanged");
    }

    @Test
    void reextractsOldCapturesWithTheDeclarationValidWhenTheyWereMade() throws IOException {
        track();
        Files.writeString(declarations.resolve("Example.history.json"), """
                {"Terms of Service": [{"fetch": "%s", "select": "main", "remove": [".banner", "h2"], "validUntil": "2999-01-01T00:00:00Z"}]}
                """.formatted(site.url("/terms")));
        CliRun run = reextract();
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(outcomes(run)).containsExactly("Privacy Policy=unchanged", "Terms of Service=new-version");
        CliRun show = CliRun.run(
                "show", "--data", data.toString(), "--service", "Example", "--type", "Terms of Service", "--json");
        assertThat(show.json().get("markdown").asString())
                .doesNotContain("Section 1")
                .contains("Paragraph 1");
        assertThat(show.json().get("flags").toString()).contains("technical-upgrade");
    }

    @Test
    void namesAnArchiveThatCannotBeReadAsAnArchiveError() throws IOException {
        track();
        try (var warcs = Files.walk(data.resolve("warcs"))) {
            for (Path file : warcs.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        CliRun run = reextract();
        assertThat(run.status()).as(run.err()).isZero();
        for (JsonNode document : run.json().get("documents")) {
            assertThat(document.get("outcome").asString()).isEqualTo("failed");
            assertThat(document.get("failure").get("class").asString()).isEqualTo("archive-error");
            assertThat(document.get("failure").get("message").asString())
                    .startsWith("could not read an archived capture: ");
        }
    }

    @Test
    void refusesAnErrorPageAsAVersionAndRecordsTheFailure() {
        track();
        site.put(
                "/terms",
                Page.html(
                        "<html><body><main><h1>Page not found</h1><p>Sorry, this page isn't available.</p></main></body></html>"));
        CliRun run = track();
        JsonNode terms = run.json().get("documents").get(1);
        assertThat(terms.get("outcome").asString()).isEqualTo("failed");
        assertThat(terms.get("failure").get("class").asString()).isEqualTo("capture-anomaly");
        CliRun versions = CliRun.run(
                "versions", "--data", data.toString(), "--service", "Example", "--type", "Terms of Service", "--json");
        assertThat(versions.json()).hasSize(1);
    }

    @Test
    void recordsNotFoundWithItsClassAndKeepsTheLastSuccess() {
        track();
        site.remove("/privacy");
        CliRun run = track();
        JsonNode privacy = run.json().get("documents").get(0);
        assertThat(privacy.get("failure").get("class").asString()).isEqualTo("not-found");
        CliRun status = CliRun.run("status", "--data", data.toString(), "--json");
        JsonNode failing = status.json().get("documents").findParent("failure");
        assertThat(failing.get("termsType").asString()).isEqualTo("Privacy Policy");
        assertThat(failing.get("lastSuccessAt").isNull()).isFalse();
    }

    @Test
    void keepsTrackingTheOtherDocumentsWhenADeclarationIsBad() throws IOException {
        Files.writeString(declarations.resolve("Broken.json"), "{\"name\": \"Broken\", \"terms\": {");
        CliRun run = track();
        assertThat(outcomes(run)).hasSize(2);
        assertThat(run.json().get("problems").toString()).contains("Broken.json");
    }

    @Test
    void refusesPrivateAddressesUnlessAllowed() {
        CliRun run =
                CliRun.run("track", "--data", data.toString(), "--declarations", declarations.toString(), "--json");
        assertThat(run.json()
                        .get("documents")
                        .get(0)
                        .get("failure")
                        .get("class")
                        .asString())
                .isEqualTo("blocked-address");
    }

    @Test
    void rejectsBadArgumentsWithStatusTwo() {
        CliRun run = CliRun.run("track", "--host-delay-ms", "soon");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void showsTheArchivedBytesOfACapture() throws IOException {
        track();
        Path out = dir.resolve("capture.html");
        CliRun run =
                CliRun.run("show", "--data", data.toString(), "--capture", "1", "--output", out.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("verified").asBoolean()).isTrue();
        assertThat(Files.readString(out)).contains("<main>");
    }
}
