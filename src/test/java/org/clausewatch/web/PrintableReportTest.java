package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausewatch.change.ChangeItem;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.ChangeItemRow;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.testing.CliRun;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printable reports say what their pages say: read back from the PDF as text (so it is real, selectable text), with
 * every font embedded, from the page's PDF link and from the command line.
 */
class PrintableReportTest {
    @TempDir
    static Path dir;

    static SiteFixture site;
    static ChangeRow change;
    static ChangeItemRow modified;

    @BeforeAll
    static void site() {
        site = new SiteFixture(dir);
        site.add("Other Service", "Terms of Service", "2024-05-01T00:00:00Z", """
                # Terms

                ## Content

                We may use the content you upload to train our machine learning models.
                """);
        change = site.database
                .store()
                .changes(Optional.of(site.document.id()), Optional.empty())
                .getFirst();
        modified = change.items().stream()
                .filter(i -> i.kind() == ChangeItem.Kind.MODIFIED
                        && i.after().orElse("").contains("train"))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    static void close() {
        site.close();
    }

    static byte[] pdf(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(
                    HttpRequest.newBuilder(URI.create(site.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/pdf");
            return response.body();
        }
    }

    /** The text of the PDF, with every font of every page checked to be embedded. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theProvisionReportPrintsWhatItsPageShows() throws Exception {
        Document page = site.page("/provisions/" + modified.lineageId());
        String link = page.select("a:contains(PDF)").attr("href");
        assertThat(link).isEqualTo("/provisions/" + modified.lineageId() + "/report.pdf");

        String text = text(pdf(link));

        assertThat(text)
                .contains(SiteFixture.SERVICE + " · " + SiteFixture.TERMS)
                .contains("Provision " + modified.lineageId())
                .contains("to train our artificial intelligence models")
                .contains("as captured 2025-03-15 00:00 UTC")
                .contains("What ClauseWatch read in it")
                .contains(page.select("section.analysis h3:contains(What it says) + p")
                        .text())
                .contains(page.select("section.analysis h3:contains(What it means for you) + p")
                        .text())
                .contains("How other platforms handle this")
                .contains("Other Service · Terms of Service")
                .contains("History of this provision")
                .contains("changed 1 time")
                .contains("It is not a legal determination")
                .contains("reader " + ProvisionReader.VERSION);
    }

    @Test
    void theChangeReportMarksInsertedAndDeletedWordsAndListsTheDeltas() throws Exception {
        Document page = site.page("/changes/" + change.id());
        String link = page.select("a:contains(PDF)").attr("href");
        assertThat(link).isEqualTo("/changes/" + change.id() + "/report.pdf");

        String text = text(pdf(link));

        assertThat(text)
                .contains("Change " + change.id() + ": 10 Jan 2024 → 1 Jun 2024")
                .contains(change.summary())
                .contains("We may use your content to operate the [-service.-] "
                        + "{+service and to train our artificial intelligence models.+}")
                .contains("[-We will notify you 30 days before changing these terms.-]")
                .contains("{+Disputes are resolved by binding arbitration.+}")
                .contains(modified.summary())
                .contains("It is not a legal determination");
        modified.attributeChanges()
                .ifPresent(delta -> delta.deltas().forEach(d -> assertThat(text).contains(d.sentence())));
    }

    @Test
    void theCommandLineWritesTheSameReportsAndNamesWhatDoesNotExist() throws Exception {
        Path output = dir.resolve("change.pdf");
        CliRun run = CliRun.run(
                "report",
                "--data",
                dir.toString(),
                "--change",
                Long.toString(change.id()),
                "--output",
                output.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(text(Files.readAllBytes(output))).contains("{+Disputes are resolved by binding arbitration.+}");

        Path provision = dir.resolve("provision.pdf");
        assertThat(CliRun.run(
                                "report",
                                "--data",
                                dir.toString(),
                                "--provision",
                                modified.lineageId(),
                                "--output",
                                provision.toString())
                        .status())
                .isZero();
        assertThat(text(Files.readAllBytes(provision))).contains("History of this provision");

        CliRun missing = CliRun.run(
                "report",
                "--data",
                dir.toString(),
                "--change",
                "999999",
                "--output",
                dir.resolve("x.pdf").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("999999");
        assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
        assertThat(Http.get(site.base() + "/changes/999999/report.pdf").statusCode())
                .isEqualTo(404);
    }
}
