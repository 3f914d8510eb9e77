package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The analysis the web pages and API show, read from a real store filled through the real pipeline. */
class WebAnalysisTest {
    static final String OTHER = "Other Platform";
    static final String OTHER_TERMS = """
            # Terms of Use

            ## Licence

            By posting content you grant Other Platform a worldwide, perpetual, irrevocable, royalty-free licence to use, copy and modify your content, including to train our artificial intelligence and machine learning models.

            ## Contact

            Write to us at our postal address.
            """;

    @TempDir
    Path dir;

    private SiteFixture site;

    @BeforeEach
    void open() {
        site = new SiteFixture(dir);
        site.add(OTHER, "Terms of Use", "2025-01-01T00:00:00Z", OTHER_TERMS);
    }

    @AfterEach
    void close() {
        site.close();
    }

    private String lineageOf(String service, String words) {
        var document = site.database
                .store()
                .document(service, service.equals(OTHER) ? "Terms of Use" : SiteFixture.TERMS)
                .orElseThrow();
        long version =
                site.database.store().latestVersion(document.id()).orElseThrow().id();
        return site.database.store().provisions(version).stream()
                .filter(p -> p.text().contains(words))
                .findFirst()
                .orElseThrow()
                .lineageId();
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = Http.get(site.base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), site.base() + path);
    }

    @Test
    void provisionPageShowsTheGradeTopicsExplanationAndOtherPlatforms() throws Exception {
        Document page = page("/provisions/" + lineageOf(OTHER, "grant Other Platform"));
        String analysis = page.select("section.analysis").text();
        assertThat(page.select("section.analysis .badge.sev-high, section.analysis .badge.sev-critical"))
                .isNotEmpty();
        assertThat(page.select("section.analysis .badge.topic a").eachAttr("href"))
                .anyMatch(href -> href.equals("/topics/F1") || href.equals("/topics/D1"));
        assertThat(analysis).contains("What it says", "What it means for you", "How this was read");
        assertThat(analysis).containsAnyOf("explicit document language", "inferred");
        String peers = page.select("section[aria-labelledby=peers]").text();
        assertThat(peers).contains("How other platforms handle this", SiteFixture.SERVICE);
        assertThat(peers).contains("train our artificial intelligence models");
    }

    @Test
    void provisionApiCarriesTheAnalysis() throws Exception {
        HttpResponse<String> response =
                Http.get(site.base() + "/api/v1/provisions/" + lineageOf(OTHER, "grant Other Platform"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode analysis = new ObjectMapper().readTree(response.body()).get("analysis");
        assertThat(analysis.get("severity").asString()).isIn("high", "critical");
        assertThat(analysis.get("whatItSays").asString()).isNotBlank();
        assertThat(analysis.get("notice").asString()).isNotBlank();
        assertThat(analysis.get("otherPlatforms").get(0).get("service").asString())
                .isEqualTo(SiteFixture.SERVICE);
        assertThat(analysis.get("servicesOnTopic").asInt()).isGreaterThanOrEqualTo(2);
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = Http.get(site.base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Test
    void searchFiltersByTheTopicAndSeverityReadInTheProvision() throws Exception {
        String lineage = lineageOf(OTHER, "grant Other Platform");
        JsonNode provision = json("/api/v1/provisions/" + lineage);
        String severity = provision.get("latest").get("severity").asString();
        String topic = provision.get("comparison").get("topic").get("id").asString();
        String other = severity.equals("low") ? "critical" : "low";

        JsonNode hits = json("/api/v1/search?q=perpetual+licence&topic=" + topic + "&severity=" + severity)
                .get("hits");
        assertThat(hits.findValuesAsString("lineageId")).contains(lineage);
        assertThat(json("/api/v1/search?q=perpetual+licence&severity=" + other)
                        .get("hits")
                        .findValuesAsString("lineageId"))
                .doesNotContain(lineage);

        Document page = page("/search?q=perpetual+licence&topic=" + topic.toLowerCase(java.util.Locale.ROOT)
                + "&severity=" + severity.toUpperCase(java.util.Locale.ROOT));
        assertThat(page.select("label[for=topic]").text()).isEqualTo("Topic");
        assertThat(page.select("label[for=severity]").text()).isEqualTo("Severity");
        assertThat(page.select("select#topic option[selected]").attr("value")).isEqualTo(topic);
        assertThat(page.select("select#severity option[selected]").attr("value"))
                .isEqualTo(severity);
        assertThat(page.select("ol.hits a[href=/provisions/" + lineage + "] mark")
                        .text())
                .containsIgnoringCase("perpetual");
        assertThat(page("/search?q=perpetual+licence&severity=" + other)
                        .select("ol.hits a[href=/provisions/" + lineage + "]"))
                .isEmpty();
    }

    @Test
    void searchNamesAnUnknownTopicOrSeverity() throws Exception {
        HttpResponse<String> topic = Http.get(site.base() + "/api/v1/search?q=licence&topic=Z99");
        assertThat(topic.statusCode()).isEqualTo(400);
        assertThat(topic.body()).contains("'Z99'");
        HttpResponse<String> severity = Http.get(site.base() + "/api/v1/search?q=licence&severity=severe");
        assertThat(severity.statusCode()).isEqualTo(400);
        assertThat(severity.body()).contains("'severe'", "low, medium, high, critical");
        assertThat(page("/search?q=licence&topic=Z99").select(".problem").text())
                .contains("'Z99'");
    }

    @Test
    void topicPageShowsEveryServicesCurrentProvisionsAndFiltersBySeverity() throws Exception {
        Document page = page("/topics/F1");
        String text = page.select("main").text();
        assertThat(page.select("h1").text()).startsWith("F1 ");
        assertThat(text).contains(OTHER, SiteFixture.SERVICE, "train our artificial intelligence models");
        assertThat(page.select("ul.peers .badge").eachText()).contains("high");
        assertThat(page("/topics/F1?severity=low").select("ul.peers li")).isEmpty();
        assertThat(page("/topics").select("a[href=/topics/F1]")).hasSize(1);
        assertThat(Http.get(site.base() + "/topics/Z9").statusCode()).isEqualTo(404);
        assertThat(Http.get(site.base() + "/topics/F1?severity=dire").body()).contains("dire");
    }

    @Test
    void documentPageAndChangeListingsShowTopicsAndSeverity() throws Exception {
        Document document = page("/services/example-service/terms-of-service");
        assertThat(document.select(".provision .badge.topic a").eachAttr("href"))
                .contains("/topics/F1");
        Document service = page("/services/example-service");
        assertThat(service.select("li.change .badge").eachText()).anyMatch(t -> t.startsWith("severity: "));
        assertThat(service.select("#highest + ul.peers li").text())
                .contains("high", "train our artificial intelligence models");
    }

    @Test
    void topicFeedCarriesChangesOnTheTopic() throws Exception {
        HttpResponse<String> feed = Http.get(site.base() + "/feeds/topics/F1/changes.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<entry>", SiteFixture.SERVICE);
        assertThat(Http.get(site.base() + "/feeds/topics/Z9/changes.atom").statusCode())
                .isEqualTo(404);
    }

    @Test
    void regulationPageListsProvisionsOfItsTopics() throws Exception {
        Document provision = page("/provisions/" + lineageOf(OTHER, "grant Other Platform"));
        String href = provision.select("ul.regulations a").first().attr("href");
        Document page = page(href);
        assertThat(page.select("main").text())
                .contains(OTHER, "Potentially relevant".toLowerCase(java.util.Locale.ROOT));
        assertThat(page.select("ul.peers li")).isNotEmpty();
        assertThat(Http.get(site.base() + "/regulations/nothing-here").statusCode())
                .isEqualTo(404);
    }

    @Test
    void topicAndRegulationApis() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode topics = json.readTree(Http.get(site.base() + "/api/v1/topics").body());
        assertThat(topics.get("topics").findValuesAsString("id")).contains("F1", "D1");
        JsonNode topic =
                json.readTree(Http.get(site.base() + "/api/v1/topics/F1").body());
        assertThat(topic.get("services").asInt()).isEqualTo(2);
        assertThat(topic.get("provisions").findValuesAsString("service")).contains(OTHER, SiteFixture.SERVICE);
        assertThat(Http.get(site.base() + "/api/v1/topics/F1?severity=dire").statusCode())
                .isEqualTo(400);
    }
}
