package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
        var document = site.database.store().documents().stream()
                .filter(d -> d.service().equals(service))
                .findFirst()
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
        return site.page(path);
    }

    /** Real training statements of the shared corpus (xAI, OpenAI) and two written like them, on four services. */
    static final String ACME = "Acme Chat";

    static final String ACME_TRAINS =
            "We may use your conversations to train our models, unless you opt out in your" + " settings.";
    static final String ACME_SETTING = "You can turn off training on your chats at any time in Settings.";
    static final String ACME_FLAGGED =
            "Even if you opt out, we may still use chats flagged for safety review to train our models.";
    static final String GROK_TRAINS = "We may use your Inputs and Outputs to train our models and improve our Services,"
            + " unless you opt out through your account settings.";
    static final String GROK_EXCEPTIONS = "Even if you opt-out, we will use Inputs and Outputs for model improvement"
            + " when your conversations are flagged for safety review.";
    static final String OPENAI_DOES_NOT = "By default, we do not use your business data for training our models.";
    static final String CHATGPT_TRAINS = "We may use Content you provide us to improve our Services, for example to"
            + " train the models that power ChatGPT.";

    /** Adds four services with training provisions: seven services watched, six of them on F1. */
    private void addTrainingServices() {
        site.add(
                ACME,
                "Terms of Use",
                "2025-02-01T00:00:00Z",
                "# Terms\n\n" + ACME_TRAINS + "\n\n" + ACME_SETTING + "\n\n" + ACME_FLAGGED + "\n");
        site.add(
                "Grok",
                "Privacy Policy",
                "2025-02-01T00:00:00Z",
                "# Privacy\n\n" + GROK_TRAINS + "\n\n" + GROK_EXCEPTIONS + "\n");
        site.add("OpenAI", "Business Terms", "2025-02-01T00:00:00Z", "# Business terms\n\n" + OPENAI_DOES_NOT + "\n");
        site.add("ChatGPT", "Terms of Use", "2025-02-01T00:00:00Z", "# Terms\n\n" + CHATGPT_TRAINS + "\n");
    }

    @Test
    void provisionPageShowsEachOtherServicesMostSimilarProvisionAndHowTheServicesCompare() throws Exception {
        addTrainingServices();
        Document page = page("/provisions/" + lineageOf(ACME, ACME_TRAINS));
        assertThat(page.select("section.analysis .badge.sev-medium")).isNotEmpty();
        assertThat(page.select("section.analysis").text())
                .contains("What it says", "What it means for you", "How this was read");

        var peers = page.select("section[aria-labelledby=peers] ul.peers > li");
        java.util.List<String> services =
                peers.stream().map(li -> li.selectFirst("a").text()).toList();
        assertThat(services)
                .as("each other service on F1 once, never the provision's own")
                .containsExactlyInAnyOrder("Grok", "OpenAI", "ChatGPT", SiteFixture.SERVICE, OTHER);
        assertThat(services.get(0)).as("the most similar first").isEqualTo("Grok");
        var grok = peers.get(0);
        assertThat(grok.select("a[href^=/provisions/]").attr("href"))
                .as("Grok's provision most like this one, not its more severe one")
                .isEqualTo("/provisions/" + lineageOf("Grok", GROK_TRAINS));
        assertThat(grok.select("p.summary").text()).startsWith("Grok ").doesNotContain("the platform");
        assertThat(grok.select(".badge").text()).isEqualTo("medium");
        assertThat(page.select("section[aria-labelledby=peers] p.comparison").text())
                .startsWith("Of 7 services watched, 3 train on user data by default, 2 train on user data; the"
                        + " opt-out has exceptions and 1 says it does not train on the data named; 1 has none on it.");
    }

    @Test
    void twoProvisionsOfOneServiceHaveDifferentPeersAndNeverTheirOwnService() throws Exception {
        addTrainingServices();
        Map<String, String> ofTraining = peerLinks(lineageOf("Grok", GROK_TRAINS));
        Map<String, String> ofExceptions = peerLinks(lineageOf("Grok", GROK_EXCEPTIONS));
        assertThat(ofTraining).doesNotContainKey("Grok").containsKeys(ACME, "OpenAI", "ChatGPT");
        assertThat(ofExceptions).doesNotContainKey("Grok").containsKeys(ACME, "OpenAI", "ChatGPT");
        assertThat(ofTraining.get(ACME))
                .as("Acme's provision that trains by default with an opt-out, like Grok's")
                .isEqualTo("/provisions/" + lineageOf(ACME, ACME_TRAINS));
        assertThat(ofExceptions.get(ACME))
                .as("Acme's provision on the exceptions to its opt-out, like Grok's")
                .isEqualTo("/provisions/" + lineageOf(ACME, ACME_FLAGGED));
        assertThat(ofTraining).isNotEqualTo(ofExceptions);
        assertThat(peerLinks(lineageOf(ACME, ACME_TRAINS)))
                .doesNotContainKey(ACME)
                .containsEntry("Grok", "/provisions/" + lineageOf("Grok", GROK_TRAINS));
        assertThat(peerLinks(lineageOf(ACME, ACME_FLAGGED)))
                .doesNotContainKey(ACME)
                .containsEntry("Grok", "/provisions/" + lineageOf("Grok", GROK_EXCEPTIONS));
    }

    /** Each peer's service and the link to its provision, in the order the provision page lists them. */
    private Map<String, String> peerLinks(String lineage) throws Exception {
        Map<String, String> links = new LinkedHashMap<>();
        for (var li : page("/provisions/" + lineage).select("section[aria-labelledby=peers] ul.peers > li")) {
            String before = links.put(
                    li.selectFirst("a").text(),
                    li.selectFirst("a[href^=/provisions/]").attr("href"));
            assertThat(before).as("one peer per service").isNull();
        }
        return links;
    }

    @Test
    void provisionApiCarriesTheReadingAndTheComparisonWithPeers() throws Exception {
        addTrainingServices();
        JsonNode provision = json("/api/v1/provisions/" + lineageOf(ACME, ACME_TRAINS));
        JsonNode latest = provision.get("latest");
        assertThat(latest.get("severity").asString()).isEqualTo("medium");
        assertThat(latest.get("analysis").get("whatItSays").asString()).contains(ACME);
        JsonNode comparison = provision.get("comparison");
        assertThat(comparison.get("topic").get("id").asString()).isEqualTo("F1");
        assertThat(comparison.get("servicesWatched").asInt()).isEqualTo(7);
        assertThat(comparison.get("servicesOnTopic").asInt()).isEqualTo(6);
        JsonNode byDefault = null;
        for (JsonNode stance : comparison.get("stances")) {
            if (stance.get("stance").asString().equals("train on user data by default")) {
                byDefault = stance;
            }
        }
        assertThat(byDefault.get("services").toString())
                .isEqualTo("[\"ChatGPT\",\"" + SiteFixture.SERVICE + "\",\"" + OTHER + "\"]");
        JsonNode peers = comparison.get("peers");
        assertThat(peers.findValuesAsString("service")).hasSize(5).doesNotContain(ACME);
        assertThat(peers.get(0).get("provision").get("text").asString()).isEqualTo(GROK_TRAINS);
        assertThat(peers.get(0).get("stance").asString()).isEqualTo("train on user data by default, with an opt-out");
        for (JsonNode peer : peers) {
            assertThat(peer.get("summary").asString())
                    .as(peer.toString())
                    .contains(peer.get("service").asString());
        }
    }

    @Test
    void topicPageComparesTheServicesOneRowEach() throws Exception {
        addTrainingServices();
        Document page = page("/topics/F1");
        var rows = page.select("table.compared tbody tr");
        assertThat(rows.stream().map(r -> r.selectFirst("td").text()).toList())
                .as("one row per service, by name")
                .containsExactly(ACME, "ChatGPT", SiteFixture.SERVICE, "Grok", "OpenAI", OTHER);
        var grok = rows.stream()
                .filter(r -> r.selectFirst("td").text().equals("Grok"))
                .findFirst()
                .orElseThrow();
        assertThat(grok.select("td").get(1).text()).isEqualTo("train on user data; the opt-out has exceptions");
        assertThat(grok.select("td").get(2).text()).isEqualTo("high");
        assertThat(grok.select("a[href^=/provisions/]").attr("href"))
                .as("the provision that gives Grok's stance, its most severe")
                .isEqualTo("/provisions/" + lineageOf("Grok", GROK_EXCEPTIONS));
        var example = rows.stream()
                .filter(r -> r.selectFirst("td").text().equals(SiteFixture.SERVICE))
                .findFirst()
                .orElseThrow();
        assertThat(example.select("td").get(1).text()).isEqualTo("train on user data by default");
        assertThat(page.select("p.comparison").text())
                .isEqualTo("Of 7 services watched, 3 train on user data by default, 2 train on user data; the"
                        + " opt-out has exceptions and 1 says it does not train on the data named; 1 has none on"
                        + " it.");
        assertThat(json("/api/v1/topics/F1").get("comparison").get("services").findValuesAsString("stance"))
                .contains("say they do not train on the data named");
    }

    private JsonNode json(String path) throws Exception {
        return site.json(path);
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
