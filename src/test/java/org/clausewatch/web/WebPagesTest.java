package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.clausewatch.store.Browsing;
import org.clausewatch.store.ChangeRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web pages over real HTTP, on a real SQLite store filled through the real history pipeline. */
class WebPagesTest {
    @TempDir
    Path dir;

    private SiteFixture site;

    @BeforeEach
    void open() {
        site = new SiteFixture(dir);
    }

    @AfterEach
    void close() {
        site.close();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = Http.get(site.base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        return Jsoup.parse(response.body(), site.base() + path);
    }

    private ChangeRow latestChange() {
        return site.database
                .store()
                .browsing()
                .changes(new Browsing.ChangeQuery(
                        java.util.Optional.of(SiteFixture.SERVICE),
                        java.util.Optional.empty(),
                        java.util.List.of(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        1,
                        0))
                .get(0)
                .change();
    }

    private ChangeRow latestChangeWithItems() {
        return site.database.store().browsing().change(latestChange().id()).orElseThrow();
    }

    @Test
    void homeListsServicesAndLatestSubstantiveChanges() throws Exception {
        Document home = page("/");
        assertThat(home.select("h1").text()).isEqualTo("ClauseWatch");
        assertThat(home.select("a[href=/services/example-service]").text()).isEqualTo("Example Service");
        assertThat(home.select("ol.changes li").text()).contains("Example Service · Terms of Service", "substantive");
    }

    @Test
    void servicePageListsDocumentsWithCounts() throws Exception {
        Document service = page("/services/example-service");
        Element row = service.selectFirst("a[href=/services/example-service/terms-of-service]")
                .closest("tr");
        assertThat(row.select("td").eachText()).containsSequence("Terms of Service", "3", "2");
    }

    @Test
    void serviceAndProvisionPagesDrawTheirTimelinesAsSvg() throws Exception {
        Document service = page("/services/example-service");
        Element timeline = service.selectFirst("figure.timeline-figure svg.timeline");
        assertThat(timeline.select("text.tl-label").stream().map(Element::ownText))
                .containsExactly("Terms of Service");
        assertThat(timeline.select("g.tl-versions title").text()).startsWith("3 versions, captured from 2024-");
        assertThat(timeline.select("a[href=/changes/" + latestChange().id() + "]"))
                .singleElement()
                .satisfies(a -> assertThat(a.attr("aria-label")).isNotBlank());
        assertThat(timeline.select("text.tl-axis-title").text()).isEqualTo("Date (UTC)");
        Element provision = page("/services/example-service/terms-of-service").select("div.provision").stream()
                .filter(p -> p.text().contains("binding arbitration in Delaware"))
                .findFirst()
                .orElseThrow();
        Document history = page("/provisions/" + provision.id().substring(2));
        assertThat(history.select("svg.timeline rect.tl-span"))
                .as("the wording before and after the change")
                .hasSize(2);
    }

    @Test
    void documentPageShowsCurrentTextWithProvisionAnchorsAndATimeline() throws Exception {
        Document page = page("/services/example-service/terms-of-service");
        Element provision = page.select("div.provision").stream()
                .filter(p -> p.text().contains("binding arbitration in Delaware"))
                .findFirst()
                .orElseThrow();
        assertThat(provision.id()).startsWith("p-");
        assertThat(provision.selectFirst("a.cite").attr("href"))
                .isEqualTo("/provisions/" + provision.id().substring(2));
        assertThat(page.select("h3.path").eachText()).contains("Terms of Service › 3. Arbitration");
        assertThat(page.select("svg rect.bar")).hasSize(2);
        assertThat(page.select("figcaption").text()).isEqualTo("2 changes from 2024 to 2025, per year");
        assertThat(page.text()).contains("No tracking failure is recorded.");
    }

    @Test
    void changePageShowsTheProvisionLevelRedline() throws Exception {
        ChangeRow change = latestChange();
        Document page = page("/changes/" + change.id());
        assertThat(page.select("ins").eachText()).contains("arbitration in Delaware.");
        assertThat(page.select("del").eachText()).contains("arbitration.");
        assertThat(page.select(".badge.kind").eachText()).contains("modified");
        assertThat(page.select("select#from option[selected]").attr("value"))
                .isEqualTo(Long.toString(change.fromVersionId()));
    }

    @Test
    void comparesAnyTwoVersionsByLineage() throws Exception {
        var versions = site.database.store().versions(site.document.id());
        Document page = page("/services/example-service/terms-of-service/compare?from="
                + versions.get(0).id() + "&to=" + versions.get(2).id());
        assertThat(page.select(".badge.kind").eachText()).contains("added", "modified");
        assertThat(page.select("ins").eachText()).anyMatch(text -> text.contains("artificial intelligence"));
        assertThat(page.select("h1").text()).contains("10 Jan 2024 → 15 Mar 2025");
    }

    @Test
    void provisionPageShowsVerbatimTextHistoryAndNotice() throws Exception {
        ChangeRow change = latestChangeWithItems();
        String lineage = change.items().get(0).lineageId();
        Document page = page("/provisions/" + lineage);
        assertThat(page.select("blockquote.verbatim > p").text())
                .isEqualTo("Disputes are resolved by binding arbitration in Delaware.");
        assertThat(page.text()).contains("changed 1 time", "not a legal determination");
        assertThat(page.select("ol.wordings li")).hasSize(2);
        assertThat(page.select("a[href=/methodology]")).isNotEmpty();
    }

    @Test
    void searchFindsPastAndCurrentProvisionsAndHighlightsMatches() throws Exception {
        Document page = page("/search?q=arbitration");
        assertThat(page.select("li.hit")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("li.hit mark").eachText()).allMatch(word -> word.equalsIgnoreCase("arbitration"));
        assertThat(page.select("li.hit .meta").eachText()).anyMatch(t -> t.contains("past"));
        assertThat(page.select("li.hit .meta").eachText()).anyMatch(t -> t.contains("current"));
        Document filtered = page("/search?q=arbitration&service="
                + SiteFixture.HOSTILE_SERVICE
                        .replace(" ", "+")
                        .replace("<", "%3C")
                        .replace(">", "%3E")
                        .replace("'", "%27")
                        .replace("(", "%28")
                        .replace(")", "%29"));
        assertThat(filtered.select("li.hit")).isEmpty();
    }

    @Test
    void searchReportsQueriesWithoutWordsAndBadDates() throws Exception {
        assertThat(page("/search?q=%22%29%28*").select(".problem").text()).contains("no letters or digits");
        assertThat(page("/search?q=terms&from=yesterday").select(".problem").text())
                .contains("'yesterday'");
    }

    @Test
    void unknownPagesAreFriendly404s() throws Exception {
        HttpResponse<String> response = Http.get(site.base() + "/services/nobody");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("p.problem").text()).contains("'nobody'");
        assertThat(Http.get(site.base() + "/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void methodologyAndAboutPagesExist() throws Exception {
        Document methodology = page("/methodology");
        assertThat(methodology.select("h2").eachText())
                .contains("Captures", "Versions", "Provisions", "Topics", "Unfair clauses", "Severity");
        assertThat(methodology.text()).contains(org.clausewatch.reading.ProvisionReader.VERSION);
        assertThat(page("/about").text()).contains("Open Terms Archive", "not affiliated");
    }

    @Test
    void theMethodologyPublishesEverySeverityRuleOfTheRuleTable() throws Exception {
        List<String> ruleIds;
        try (var in = org.clausewatch.analysis.attribute.Analyst.class.getResourceAsStream("severity-rules.tsv")) {
            ruleIds = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1)[0])
                    .filter(id -> !id.equals("id"))
                    .toList();
        }
        Document methodology = page("/methodology");
        assertThat(methodology
                        .select("table.rules tbody tr td:first-child code")
                        .eachText())
                .isNotEmpty()
                .containsExactlyElementsOf(ruleIds);
        Element refused = methodology.getElementById("rule-training-opt-out-refused");
        assertThat(refused).isNotNull();
        assertThat(refused.text())
                .contains("critical", "explicit", "0.90", "training.use=uses & training.optOut=not-available");
    }
}
