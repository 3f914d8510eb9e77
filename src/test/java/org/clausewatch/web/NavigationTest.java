package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.clausewatch.knowledge.RegulationReference;
import org.clausewatch.testing.Knowledge;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The indexes every page links to, the API reference page and the API's entry point, over real HTTP. */
class NavigationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static SiteFixture site;

    @BeforeAll
    static void open() {
        site = new SiteFixture(dir);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = Http.get(site.base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(get(path).body(), site.base() + path);
    }

    @Test
    void everyPageLinksToTheIndexesTheApiReferenceAndSignIn() throws Exception {
        for (String path : List.of("/", "/topics", "/search", "/regulations", "/services", "/api")) {
            Document page = page(path);
            for (String target : List.of("/services", "/topics", "/regulations", "/api", "/account")) {
                assertThat(page.select("header a[href=" + target + "]"))
                        .as(path + " links to " + target)
                        .isNotEmpty();
            }
        }
    }

    @Test
    void theRegulationsIndexLinksToEveryReferenceWithItsTopics() throws Exception {
        Document page = page("/regulations");
        List<RegulationReference> references = Knowledge.REGULATIONS.references();
        assertThat(page.select("ul.regulations > li")).hasSize(references.size());
        for (RegulationReference reference : references) {
            assertThat(page.select("a[href=/regulations/" + reference.id() + "]"))
                    .as(reference.id())
                    .isNotEmpty();
        }
        assertThat(page.select("h2").eachText()).anyMatch(heading -> heading.startsWith("GDPR"));
        assertThat(page.select("a[href=/topics/F5]")).isNotEmpty();
    }

    @Test
    void theServicesIndexLinksToEveryRecordedServiceAndDocument() throws Exception {
        Document page = page("/services");
        assertThat(page.select("a[href=/services/example-service]").text()).isEqualTo(SiteFixture.SERVICE);
        assertThat(page.select("a[href=/services/example-service/terms-of-service]"))
                .isNotEmpty();
        assertThat(page.select("main script")).isEmpty();
    }

    @Test
    void theApiReferenceShowsEveryOperationOfTheOpenApiDocument() throws Exception {
        JsonNode openApi = JSON.readTree(get("/api/v1/openapi.json").body());
        Document page = page("/api");
        List<String> headings = page.select("section.operation h2").eachText();
        int operations = 0;
        for (var path : openApi.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                assertThat(headings).contains(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                operations++;
            }
        }
        assertThat(headings).hasSize(operations);
        assertThat(page.select("#get-api-v1-services-service td code").eachText())
                .contains("service");
        assertThat(page.select("#post-api-v1-subscriptions").text())
                .contains("API key")
                .contains("422");
    }

    @Test
    void theApiEntryPointLinksToCollectionsThatAnswer() throws Exception {
        JsonNode entry = JSON.readTree(get("/api/v1").body());
        assertThat(entry.get("openapi").asString()).isEqualTo("/api/v1/openapi.json");
        JsonNode collections = entry.get("collections");
        assertThat(collections.propertyNames()).contains("services", "changes", "topics", "subscriptions");
        for (String open : List.of("services", "changes", "topics", "status")) {
            assertThat(JSON.readTree(get(collections.get(open).asString()).body())
                            .isObject())
                    .isTrue();
        }
    }
}
