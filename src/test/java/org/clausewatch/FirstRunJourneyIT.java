package org.clausewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.Corpus;
import org.clausewatch.testing.HeadlessChromium;
import org.clausewatch.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first hour in a real headless Chromium, from an empty data folder: the home page guides and lists the
 * starter declarations (its first tracking pass is an hour away, so nothing is fetched), an import shows its
 * progress, the provision page quotes without raw Markdown, and the API reference page answers. Screenshots are kept
 * in target/first-run.
 */
class FirstRunJourneyIT {
    private static final Path SHOTS = Path.of("target", "first-run");

    @TempDir
    Path dir;

    @Test
    void fromAnEmptyDataFolderToAnImportedHistoryAndTheApiReference() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.orSkip(dir);
        Path dataset = Files.createDirectories(dir.resolve("dataset/ChatGPT"));
        Files.createSymbolicLink(
                dataset.resolve("Terms of Service"),
                Corpus.ota().resolve("ChatGPT/Terms of Service").toAbsolutePath());
        Path data = dir.resolve("data");
        Settings settings = Settings.resolve(
                data,
                Map.of(Setting.PORT, "0", Setting.FIRST_PASS_AFTER, "PT1H", Setting.DECLARATIONS, "declarations"),
                Map.of());
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            WebServer web = app.serve(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            String base = "http://127.0.0.1:" + web.port();

            Document home = visit(chromium, base, "/", "1-home-empty");
            assertThat(home.select("#start").text()).isEqualTo("Getting started");
            assertThat(home.select("section.guide").text())
                    .contains("import-ota")
                    .contains("check-declarations");
            assertThat(home.select("ul.declared li").eachText())
                    .hasSizeGreaterThanOrEqualTo(25)
                    .anyMatch(line -> line.startsWith("ChatGPT: Terms of Service, Privacy Policy"));
            assertThat(home.text()).contains("Next tracking pass");

            CliRun imported = CliRun.run("import-ota", dataset.getParent().toString(), "--data", data.toString());
            assertThat(imported.status()).as(imported.err()).isZero();
            assertThat(imported.err())
                    .containsPattern("import-ota: \\d+ versions to do")
                    .containsPattern("import-ota: \\d+/\\d+ versions \\(\\d+%\\)")
                    .containsPattern("import-ota: \\d+ versions done in");
            assertThat(app.store().documents()).as("tracking fetched nothing").hasSize(1);

            Document document = visit(chromium, base, "/services/chatgpt/terms-of-service", "2-document");
            assertThat(document.text()).contains("imported (latest version");
            String provision = document.select("a[href^=/provisions/]").first().attr("href");
            Document provisionPage = visit(chromium, base, provision, "3-provision");
            String quoted = provisionPage.select("blockquote.verbatim").text();
            assertThat(quoted)
                    .isNotBlank()
                    .doesNotContain("**")
                    .doesNotContain("](")
                    .doesNotContain("<br");

            Document reference = visit(chromium, base, "/api", "4-api-reference");
            assertThat(reference.select("h1").text()).isEqualTo("ClauseWatch API");
            assertThat(reference.select("section.operation h2").eachText()).contains("GET /api/v1/services");
            visit(chromium, base, "/regulations", "5-regulations");
        }
    }

    private static Document visit(HeadlessChromium chromium, String base, String path, String name) throws Exception {
        Document page = Jsoup.parse(chromium.dom(base + path), base + path);
        assertThat(page.select("h1")).as(path).hasSize(1);
        assertThat(page.select("header a[href=/regulations]")).as(path).isNotEmpty();
        chromium.screenshot(base + path, SHOTS.resolve(name + ".png"), 1280, 900);
        return page;
    }
}
