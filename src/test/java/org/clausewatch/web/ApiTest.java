package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API, its OpenAPI description, feeds and metrics over real HTTP. */
class ApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = Http.get(site.base() + path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The full table, with the account and subscription routes that {@code serve} adds, is checked in ServeApiTest. */
    @Test
    void everyApiRouteIsInTheOpenApiDocumentWithItsPathParameters() throws Exception {
        OpenApiDocument openApi = new OpenApiDocument(json("/api/v1/openapi.json"));

        assertThat(openApi.operations()).containsAll(OpenApiDocument.apiRoutes(site.web.routes()));
        openApi.assertPathParametersAreInTheirPaths();
    }

    @Test
    void listsServicesDocumentsVersionsAndChanges() throws Exception {
        JsonNode services = json("/api/v1/services").get("services");
        assertThat(services.findValuesAsString("service")).contains(SiteFixture.SERVICE);
        JsonNode document = json("/api/v1/services/example-service/terms-of-service");
        assertThat(document.get("versions").asInt()).isEqualTo(3);
        assertThat(document.get("changes").asInt()).isEqualTo(2);
        JsonNode versions = json("/api/v1/services/example-service/terms-of-service/versions?limit=2");
        assertThat(versions.get("versions")).hasSize(2);
        assertThat(versions.get("total").asInt()).isEqualTo(3);
        assertThat(versions.get("next").asString()).contains("offset=2", "limit=2");
        JsonNode dated =
                json("/api/v1/services/example-service/terms-of-service/versions?from=2024-06-01&to=2024-12-31");
        assertThat(dated.get("total").asInt()).isEqualTo(1);
        JsonNode changes = json("/api/v1/changes?service=example-service&significance=substantive");
        assertThat(changes.get("total").asInt()).isEqualTo(2);
        long id = changes.get("changes").get(0).get("id").asLong();
        JsonNode change = json("/api/v1/changes/" + id);
        assertThat(change.get("items").get(0).get("kind").asString()).isEqualTo("modified");
        String lineage = change.get("items").get(0).get("lineageId").asString();
        JsonNode provision = json("/api/v1/provisions/" + lineage);
        assertThat(provision.get("timesChanged").asInt()).isEqualTo(1);
        JsonNode version =
                json("/api/v1/versions/" + change.get("to").get("versionId").asLong());
        assertThat(version.get("markdown").asString()).contains("binding arbitration in Delaware");
        assertThat(version.get("provisions").findValuesAsString("lineageId")).contains(lineage);
        assertThat(version.get("document").get("service").asString()).isEqualTo(SiteFixture.SERVICE);
        JsonNode training = version.get("provisions").get(1);
        assertThat(training.get("text").asString()).contains("train our artificial intelligence models");
        assertThat(training.get("topics").findValuesAsString("id")).contains("F1");
        assertThat(training.get("analysis").get("whatItSays").asString()).contains(SiteFixture.SERVICE);
    }

    @Test
    void searchReturnsMarkedExcerpts() throws Exception {
        JsonNode hits = json("/api/v1/search?q=artificial+intelligence&service=example-service")
                .get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("excerpt").findValuesAsString("text")).contains("artificial", "intelligence");
        assertThat(hits.get(0).get("current").asBoolean()).isTrue();
    }

    @Test
    void errorsAreProblemDetailsNamingTheBadValue() throws Exception {
        HttpResponse<String> missing = Http.get(site.base() + "/api/v1/changes/987654");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(missing.body()).get("detail").asString()).contains("987654");
        HttpResponse<String> bad = Http.get(site.base() + "/api/v1/changes?limit=lots");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("detail").asString()).contains("'lots'");
        assertThat(JSON.readTree(Http.get(site.base() + "/api/v1/nothing").body())
                        .get("status")
                        .asInt())
                .isEqualTo(404);
    }

    @Test
    void unchangedResponsesAnswerNotModifiedToTheirEtag() throws Exception {
        HttpResponse<String> first = Http.get(site.base() + "/api/v1/services");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> second = Http.get(site.base() + "/api/v1/services", "If-None-Match", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    @Test
    void feedsCarrySubstantiveChangesByDefault() throws Exception {
        SyndFeed all = feed("/feeds/changes.atom");
        assertThat(all.getEntries()).hasSize(3);
        assertThat(all.getEntries().get(0).getTitle())
                .isEqualTo("Example Service · Terms of Service: substantive change");
        assertThat(all.getEntries().get(0).getLink()).startsWith(site.base() + "/changes/");
        assertThat(feed("/feeds/services/example-service/terms-of-service/changes.atom")
                        .getEntries())
                .hasSize(2);
        assertThat(feed("/feeds/services/example-service/changes.atom?all=true").getEntries())
                .hasSize(2);
    }

    @Test
    void metricsCountRequestsByRoutePattern() throws Exception {
        Http.get(site.base() + "/services/example-service");
        String metrics = Http.get(site.base() + "/metrics").body();
        assertThat(metrics).contains("clausewatch_http_requests_seconds_count", "route=\"/services/{service}\"");
        assertThat(json("/health").get("status").asString()).isEqualTo("ok");
    }

    private SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = Http.get(site.base() + path);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        return new SyndFeedInput().build(new StringReader(response.body()));
    }
}
