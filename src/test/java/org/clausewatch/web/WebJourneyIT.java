package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clausewatch.archive.WarcArchive;
import org.clausewatch.history.Chronicle;
import org.clausewatch.importer.OtaImporter;
import org.clausewatch.reading.ProvisionReader;
import org.clausewatch.store.Database;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.Store;
import org.clausewatch.store.VersionRow;
import org.clausewatch.testing.Corpus;
import org.clausewatch.testing.DevToolsChromium;
import org.clausewatch.testing.WebServers;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Versioner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main journey in a real headless Chromium, over real histories imported from the shared corpus: home →
 * service → document → change redline → provision → search. Each page is read as Chromium rendered it, checked
 * for content and accessibility basics, and screenshotted at desktop and phone widths into target/web-journey.
 */
class WebJourneyIT {
    private static final Path CHROMIUM =
            Path.of(System.getenv().getOrDefault("CLAUSEWATCH_CHROMIUM", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of("target", "web-journey");
    /**
     * The histories imported: ChatGPT's Terms (substantive changes to open, provisions on training) and Privacy Policy
     * (changes on topic F1), and Claude.ai's Terms (another service to compare with); a sixth of the two services'
     * 530 versions, which the journey does not need to import all of.
     */
    private static final List<String> SLICE =
            List.of("ChatGPT/Terms of Service", "ChatGPT/Privacy Policy", "Claude.ai/Terms of Service");

    @TempDir
    Path dir;

    /** Where the one browser of the class keeps its profile and log. */
    @TempDir
    static Path browserDir;

    private static DevToolsChromium browser;

    @Test
    void homeToServiceToDocumentToChangeToProvisionToSearch() throws Exception {
        assumeTrue(
                Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM + "; skipping the browser journey");
        Path ota = Corpus.ota();
        Path dataset = Files.createDirectories(dir.resolve("dataset"));
        for (String document : SLICE) {
            Path link = dataset.resolve(document);
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, ota.resolve(document).toAbsolutePath());
        }
        Files.createDirectories(SHOTS);
        try (Database database = Database.sqlite(dir.resolve("clausewatch.db"))) {
            VersionRecorder history =
                    new VersionRecorder(database.store(), new Chronicle(), org.clausewatch.testing.Readers.shared());
            new OtaImporter(database.store(), history, new Versioner()).importDataset(dataset);
            try (WebServer web = WebServers.over(database.store()).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + web.port();
                Document home = visit(base, "/", "1-home");
                assertThat(home.select("h1").text()).isEqualTo("ClauseWatch");
                String service = home.select("a[href^=/services/]").stream()
                        .map(a -> a.attr("href"))
                        .filter(href -> href.equals("/services/chatgpt"))
                        .findFirst()
                        .orElseThrow();
                Document servicePage = visit(base, service, "2-service");
                assertThat(servicePage.select("h1").text()).isEqualTo("ChatGPT");
                assertTimeline(base, service, servicePage, "Timeline of ChatGPT");
                String topic = "/topics/F1";
                Document topicPage = visit(base, topic, "2-topic");
                assertTimeline(base, topic, topicPage, "Timeline of F1 Training on user content");
                assertFirstStated(database.store(), topicPage, "F1");
                String documentLink = servicePage.select("a[href^=/services/chatgpt/]").stream()
                        .map(a -> a.attr("href"))
                        .filter(href -> href.endsWith("/terms-of-service"))
                        .findFirst()
                        .orElseThrow();
                Document document = visit(base, documentLink, "3-document");
                assertThat(document.select("div.provision")).isNotEmpty();
                assertThat(document.select("svg rect.bar")).isNotEmpty();
                Element change = document.select("ol.changes a[href^=/changes/]").stream()
                        .filter(a -> a.closest("li").select(".sig-substantive").size() > 0)
                        .findFirst()
                        .orElseThrow();
                Document changePage = visit(base, change.attr("href"), "4-change");
                assertThat(changePage.select("li.item")).isNotEmpty();
                String provision =
                        changePage.select("a[href^=/provisions/]").first().attr("href");
                Document provisionPage = visit(base, provision, "5-provision");
                String quote = provisionPage.select("blockquote.verbatim > p").text();
                assertThat(quote).isNotBlank();
                assertThat(provisionPage.text()).contains("not a legal determination");
                String word = longestWord(quote);
                Document search = visit(base, "/search?q=" + word, "6-search");
                assertThat(search.select("li.hit mark")).isNotEmpty();
            }
        }
    }

    @Test
    void archivedCaptureScriptsNeverRunInTheBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not found at " + CHROMIUM + "; skipping the browser check");
        try (Database database = Database.sqlite(dir.resolve("clausewatch.db"));
                WarcArchive archive = new WarcArchive(dir.resolve("warcs"))) {
            long id = CaptureViewTest.archive(
                    database, archive, database.store().ensureDocument("Platform", "Terms of Service"));
            try (WebServer web = WebServers.over(database.store(), archive).start("127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + web.port();
                Document raw = Jsoup.parse(chromium("--dump-dom", base + "/captures/" + id + "/raw"));
                assertThat(raw.title()).isEmpty();
                assertThat(raw.select("h1").text()).isEqualTo("Platform terms");
                assertThat(raw.body().text()).doesNotContain("pwned");
                Document label = visit(base, "/captures/" + id, "7-capture");
                assertThat(label.select("iframe[sandbox]")).hasSize(1);
            }
        }
    }

    private static String longestWord(String text) {
        String longest = "terms";
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() > longest.length() && word.length() < 20) {
                longest = word;
            }
        }
        return longest;
    }

    /**
     * The page as Chromium rendered it, checked for accessibility basics, with screenshots at desktop and phone widths.
     * One browser for the class, started on the first visit, loads each page once for its DOM and both pictures: a
     * Chromium started per page and picture took about 30 starts of 2 to 7 s each.
     */
    private Document visit(String base, String path, String name) throws IOException, InterruptedException {
        DevToolsChromium tab = browser();
        tab.load(base + path, 1280, 900);
        Document page = Jsoup.parse(tab.dom(), base + path);
        assertAccessible(path, page);
        tab.screenshot(SHOTS.resolve(name + "-desktop.png"), 1280, 900);
        tab.screenshot(SHOTS.resolve(name + "-phone.png"), 390, 844);
        return page;
    }

    private static DevToolsChromium browser() throws IOException, InterruptedException {
        if (browser == null) {
            browser = DevToolsChromium.start(CHROMIUM, browserDir);
        }
        return browser;
    }

    @AfterAll
    static void closeBrowser() throws IOException, InterruptedException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /**
     * The page holds a timeline drawn as SVG, as Chromium parsed it, with a labelled date axis, a legend and marks
     * that open changes; and Chromium reports no Content-Security-Policy violation on the page.
     */
    private void assertTimeline(String base, String path, Document page, String title)
            throws IOException, InterruptedException {
        Element svg = page.selectFirst("figure.timeline-figure svg.timeline");
        assertThat(svg).as(path + ": a timeline").isNotNull();
        assertThat(svg.selectFirst("title").text()).isEqualTo(title);
        assertThat(svg.select("text.tl-tick").eachText())
                .as(path + ": axis labels")
                .isNotEmpty()
                .allMatch(label -> label.matches("\\d{4}(-\\d{2})?"));
        assertThat(svg.select("text.tl-axis-title").text()).isEqualTo("Date (UTC)");
        assertThat(svg.select("text.tl-legend-item").eachText()).contains("high", "cosmetic (not counted)");
        assertThat(svg.select("a[href^=/changes/]"))
                .as(path + ": marks open changes")
                .isNotEmpty();
        chromium("--enable-logging=stderr", "--v=0", "--dump-dom", base + path);
        assertThat(Files.readAllLines(dir.resolve("chromium.log")))
                .as(path + ": Content-Security-Policy violations reported by Chromium")
                .noneMatch(line -> line.contains("Content Security Policy"));
    }

    /**
     * Each service's first-stated flag, and its row in the table beside the chart, sits at the earliest recorded
     * version of any of its documents holding a provision read as being on {@code topic}, found here by reading every
     * version's provisions one by one.
     */
    private static void assertFirstStated(Store store, Document page, String topic) {
        Map<String, VersionRow> earliest = new TreeMap<>();
        for (DocumentRow document : store.documents()) {
            store.versions(document.id()).stream()
                    .filter(v -> holdsProvisionOn(store, v, topic))
                    .findFirst()
                    .ifPresent(v -> earliest.merge(
                            document.service(), v, (a, b) -> a.capturedAt().isBefore(b.capturedAt()) ? a : b));
        }
        assertThat(earliest)
                .as("the slice has services stating something on " + topic)
                .isNotEmpty();
        Element svg = page.selectFirst("figure.timeline-figure svg.timeline");
        assertThat(svg.select("text.tl-legend-item").eachText()).contains("first stated");
        assertThat(svg.select("g.tl-first-stated")).hasSize(earliest.size());
        Map<String, String> table = new TreeMap<>();
        for (Element row : page.select("table.first-stated tbody tr")) {
            table.put(row.selectFirst("th").text(), row.selectFirst("time").attr("datetime"));
        }
        earliest.forEach((service, version) -> {
            String day = version.capturedAt().toString().substring(0, 10);
            assertThat(table)
                    .as(service)
                    .containsEntry(service, version.capturedAt().toString());
            Element flag = svg.select("a[href$='?version=" + version.id() + "'] g.tl-first-stated")
                    .first();
            assertThat(flag)
                    .as(service + ": a flag linking to version " + version.id())
                    .isNotNull();
            assertThat(flag.selectFirst("title").text()).startsWith(day + ": " + service + " first stated");
        });
    }

    private static boolean holdsProvisionOn(Store store, VersionRow version, String topic) {
        List<String> keys = store.provisions(version.id()).stream()
                .map(p -> p.lineaged().provision().key())
                .toList();
        return store.readings(ProvisionReader.VERSION, keys).values().stream()
                .anyMatch(reading ->
                        reading.topics().stream().anyMatch(t -> t.code().equals(topic)));
    }

    private static void assertAccessible(String path, Document page) {
        assertThat(page.select("html").attr("lang")).as(path + ": lang").isEqualTo("en");
        assertThat(page.select("h1")).as(path + ": one h1").hasSize(1);
        assertThat(page.select("main")).as(path + ": one main").hasSize(1);
        assertThat(page.select("a.skip[href=#main]")).as(path + ": skip link").hasSize(1);
        for (Element field : page.select("input:not([type=hidden]), select")) {
            assertThat(page.select("label[for=" + field.id() + "]"))
                    .as(path + ": label for " + field.id())
                    .isNotEmpty();
        }
        assertThat(page.select("meta[name=viewport]")).as(path + ": viewport").isNotEmpty();
    }

    private static final AtomicInteger PROFILES = new AtomicInteger();

    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                // a fresh profile per run: a Chromium still closing holds its profile, and a second one started on
                // the same profile hands its work to the first and exits 0 having done nothing
                "--user-data-dir=" + dir.resolve("chromium-profile-" + PROFILES.incrementAndGet())));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Chromium did not finish: " + command);
        }
        assertThat(process.exitValue()).as("chromium " + String.join(" ", args)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
