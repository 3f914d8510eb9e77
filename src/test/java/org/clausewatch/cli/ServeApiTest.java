package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
import org.clausewatch.account.NewAccount;
import org.clausewatch.account.Role;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.clausewatch.testing.WebhookReceiver;
import org.clausewatch.web.OpenApiDocument;
import org.clausewatch.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API of {@code serve} as {@code serve} composes it, over real HTTP on loopback: roles, validation answers,
 * plan limits, and a tracked document whose change arrives as a signed webhook alert.
 */
class ServeApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "end-to-end-webhook-secret";

    @TempDir
    Path dir;

    private LocalSite site;
    private WebhookReceiver receiver;
    private ClauseWatch app;
    private WebServer web;
    private String admin;
    private String analyst;
    private String viewer;
    private Map<String, NewAccount> accounts = new java.util.LinkedHashMap<>();

    @BeforeEach
    void start() throws IOException {
        site = new LocalSite();
        receiver = new WebhookReceiver(SECRET);
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        Files.writeString(declarations.resolve("Example.json"), """
                {"name": "Example", "terms": {"Terms of Service": {"fetch": "%s", "select": "main"}}}
                """.formatted(site.url("/terms")));
        site.put("/terms", Page.html(page("")));
        Settings settings = Settings.resolve(
                dir.resolve("data"),
                Map.of(
                        Setting.DECLARATIONS, declarations.toString(),
                        Setting.ALLOW_PRIVATE_ADDRESSES, "true",
                        Setting.HOST_DELAY_MS, "0"),
                Map.of());
        app = ClauseWatch.open(settings);
        web = app.web().start("127.0.0.1", 0);
        for (Role role : Role.values()) {
            accounts.put(role.label(), app.accounts().create(role.label() + "@example.org", role));
        }
        admin = accounts.get("admin").apiKey();
        analyst = accounts.get("analyst").apiKey();
        viewer = accounts.get("viewer").apiKey();
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
        receiver.close();
        site.close();
    }

    static String page(String extra) {
        return "<html><body><main><h1>Terms of Service</h1><h2>1. Your content</h2>"
                + "<p>You keep ownership of the content you submit. We use it only to provide the service to you.</p>"
                + "<h2>2. Termination</h2><p>We may suspend your account if you break these terms.</p>" + extra
                + "</main></body></html>";
    }

    private static String feedSubscription(String... services) {
        return "{\"services\": " + JSON.writeValueAsString(services) + ", \"channel\": {\"type\": \"feed\"}}";
    }

    private HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private int status(String method, String path, String key, String body) throws Exception {
        return call(method, path, key, body).statusCode();
    }

    @Test
    void everyRoleCanDoExactlyWhatItShould() throws Exception {
        String subscription = feedSubscription("Example");
        String limit = "{\"limit\": 3}";
        String run = "{\"services\": []}";

        assertThat(status("GET", "/api/v1/me", null, null)).isEqualTo(401);
        assertThat(status("GET", "/api/v1/me", "cwk_not-a-key", null)).isEqualTo(401);
        assertThat(status("POST", "/api/v1/subscriptions", null, subscription)).isEqualTo(401);
        assertThat(status("GET", "/api/v1/subscriptions/1/deliveries", null, null))
                .isEqualTo(401);
        assertThat(status("PUT", "/api/v1/me/password", null, "{}")).isEqualTo(401);
        assertThat(status("POST", "/api/v1/me/api-key", null, null)).isEqualTo(401);
        assertThat(status("PUT", "/api/v1/users/analyst@example.org/service-limit", null, limit))
                .isEqualTo(401);
        assertThat(status("POST", "/api/v1/tracking-runs", null, run)).isEqualTo(401);

        assertThat(status("GET", "/api/v1/me", viewer, null)).isEqualTo(200);
        assertThat(status("POST", "/api/v1/subscriptions", viewer, subscription))
                .isEqualTo(403);
        assertThat(status("GET", "/api/v1/subscriptions", viewer, null)).isEqualTo(403);
        assertThat(status("GET", "/api/v1/subscriptions/1/deliveries", viewer, null))
                .isEqualTo(403);
        assertThat(status("DELETE", "/api/v1/subscriptions/1", viewer, null)).isEqualTo(403);
        assertThat(status("PUT", "/api/v1/users/analyst@example.org/service-limit", viewer, limit))
                .isEqualTo(403);
        assertThat(status("POST", "/api/v1/tracking-runs", viewer, run)).isEqualTo(403);

        assertThat(status("GET", "/api/v1/me", analyst, null)).isEqualTo(200);
        HttpResponse<String> created = call("POST", "/api/v1/subscriptions", analyst, subscription);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(status("GET", location, analyst, null)).isEqualTo(200);
        assertThat(status("GET", location, admin, null)).isEqualTo(404);
        assertThat(status("GET", location + "/deliveries", analyst, null)).isEqualTo(200);
        assertThat(status("GET", location + "/deliveries", admin, null)).isEqualTo(404);
        assertThat(status("DELETE", location, admin, null)).isEqualTo(404);
        assertThat(status("PUT", "/api/v1/users/analyst@example.org/service-limit", analyst, limit))
                .isEqualTo(403);
        assertThat(status("POST", "/api/v1/tracking-runs", analyst, run)).isEqualTo(403);
        assertThat(status("DELETE", location, analyst, null)).isEqualTo(204);
        assertThat(status("GET", location, analyst, null)).isEqualTo(404);

        assertThat(status("POST", "/api/v1/subscriptions", admin, subscription)).isEqualTo(201);
        assertThat(status("PUT", "/api/v1/users/analyst@example.org/service-limit", admin, limit))
                .isEqualTo(200);
        assertThat(status("POST", "/api/v1/tracking-runs", admin, run)).isEqualTo(202);
        assertThat(JSON.readTree(call("GET", "/api/v1/me", analyst, null).body())
                        .get("serviceLimit")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void everyRoleChangesItsOwnPasswordAndReplacesItsOwnKeyWhichStopsTheOldKeyAtOnce() throws Exception {
        for (NewAccount account : accounts.values()) {
            String key = account.apiKey();
            String role = account.user().role().label();
            HttpResponse<String> wrong = call(
                    "PUT", "/api/v1/me/password", key, "{\"current\": \"nope\", \"new\": \"a-long-new-password\"}");
            HttpResponse<String> changed = call(
                    "PUT",
                    "/api/v1/me/password",
                    key,
                    "{\"current\": \"" + account.password() + "\", \"new\": \"a-long-new-password\"}");
            HttpResponse<String> rotated = call("POST", "/api/v1/me/api-key", key, null);

            assertThat(wrong.statusCode()).as(role).isEqualTo(422);
            assertThat(JSON.readTree(wrong.body()).get("detail").asString()).contains("not your password");
            assertThat(changed.statusCode()).as(role).isEqualTo(204);
            assertThat(app.accounts().login(account.user().email(), "a-long-new-password"))
                    .isPresent();
            assertThat(rotated.statusCode()).as(role).isEqualTo(201);
            String fresh = JSON.readTree(rotated.body()).get("apiKey").asString();
            assertThat(status("GET", "/api/v1/me", key, null)).as(role).isEqualTo(401);
            assertThat(JSON.readTree(call("GET", "/api/v1/me", fresh, null).body())
                            .get("role")
                            .asString())
                    .isEqualTo(role);
        }
    }

    @Test
    void everyApiRouteOfServeIsInTheOpenApiDocumentAndEveryDocumentedOperationIsServed() throws Exception {
        OpenApiDocument openApi = new OpenApiDocument(
                JSON.readTree(call("GET", "/api/v1/openapi.json", null, null).body()));

        assertThat(OpenApiDocument.apiRoutes(web.routes())).isEqualTo(openApi.operations());
        openApi.assertPathParametersAreInTheirPaths();
        for (String operation : openApi.operations()) {
            String[] parts = operation.split(" ", 2);
            JsonNode documented = openApi.operation(parts[0], parts[1]);
            boolean needsKey = parts[1].matches("/api/v1/(me|users|subscriptions|tracking-runs).*");
            if (needsKey) {
                assertThat(documented.get("security").toString()).as(operation).isEqualTo("[{\"bearerAuth\":[]}]");
                assertThat(documented.get("responses").get("401").get("$ref").asString())
                        .as(operation)
                        .isEqualTo("#/components/responses/Problem");
            }
        }
    }

    @Test
    void refusesBadSubscriptionsWithProblemDetailsNamingTheField() throws Exception {
        HttpResponse<String> badSignificance = call(
                "POST",
                "/api/v1/subscriptions",
                analyst,
                "{\"services\": [\"Example\"], \"significance\": \"major\", \"channel\": {\"type\": \"feed\"}}");
        HttpResponse<String> malformed = call("POST", "/api/v1/subscriptions", analyst, "{\"services\": [");
        HttpResponse<String> badTopic = call(
                "POST",
                "/api/v1/subscriptions",
                analyst,
                "{\"services\": [\"Example\"], \"topics\": [\"Z9\"], \"channel\": {\"type\": \"feed\"}}");

        assertThat(badSignificance.statusCode()).isEqualTo(422);
        assertThat(badSignificance.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(badSignificance.body());
        assertThat(problem.get("field").asString()).isEqualTo("significance");
        assertThat(problem.get("detail").asString()).contains("'major'", "substantive, minor");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badTopic.body()).get("detail").asString()).contains("'Z9'");
    }

    @Test
    void refusesUnknownServicesNamingEachWarnsOfEmailWithoutSmtpAndListsAFeedsAddress() throws Exception {
        HttpResponse<String> refused =
                call("POST", "/api/v1/subscriptions", analyst, feedSubscription("Example", "Nope", "Nada"));
        HttpResponse<String> email = call(
                "POST",
                "/api/v1/subscriptions",
                analyst,
                "{\"services\": [\"Example\"], \"channel\": {\"type\": \"email\", \"address\": \"a@example.org\"}}");
        HttpResponse<String> feed = call("POST", "/api/v1/subscriptions", analyst, feedSubscription(" example "));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("field").asString()).isEqualTo("services");
        assertThat(problem.get("detail").asString()).contains("'Nope', 'Nada' are not services ClauseWatch knows");
        assertThat(email.statusCode()).as("made all the same").isEqualTo(201);
        assertThat(JSON.readTree(email.body()).get("warnings").get(0).asString())
                .startsWith("No SMTP server is configured (smtp-host)");
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(feed.body());
        assertThat(created.get("services").toString()).as("spelt as declared").isEqualTo("[\"Example\"]");
        assertThat(created.has("warnings")).isFalse();
        String feedUrl = created.get("feedUrl").asString();
        JsonNode listed = JSON.readTree(
                        call("GET", "/api/v1/subscriptions", analyst, null).body())
                .get("subscriptions");
        assertThat(listed.get(1).get("feedUrl").asString()).isEqualTo(feedUrl);
        assertThat(listed.get(0).has("feedUrl")).isFalse();
        assertThat(app.alerts().feed(feedUrl.substring(feedUrl.lastIndexOf('/') + 1)))
                .isPresent();
    }

    @Test
    void refusesASubscriptionBeyondThePlanLimitNamingTheLimit() throws Exception {
        for (String service : List.of("A", "B", "C")) {
            app.store().ensureDocument(service, "Terms of Service");
        }
        assertThat(status("PUT", "/api/v1/users/analyst@example.org/service-limit", admin, "{\"limit\": 2}"))
                .isEqualTo(200);
        assertThat(status("POST", "/api/v1/subscriptions", analyst, feedSubscription("A", "B")))
                .isEqualTo(201);

        HttpResponse<String> refused = call("POST", "/api/v1/subscriptions", analyst, feedSubscription("C"));

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("limit").asInt()).isEqualTo(2);
        assertThat(problem.get("detail").asString()).contains("at most 2 watched services");
    }

    @Test
    void aTrackedChangeArrivesAsASignedWebhookAlertWithItsSummary() throws Exception {
        HttpResponse<String> created = call(
                "POST",
                "/api/v1/subscriptions",
                analyst,
                "{\"services\": [\"Example\"], \"channel\": {\"type\": \"webhook\", \"url\": \"" + receiver.url()
                        + "\", \"secret\": \"" + SECRET + "\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(SECRET);
        assertThat(status("POST", "/api/v1/tracking-runs", admin, "{\"services\": [\"Example\"]}"))
                .isEqualTo(202);
        awaitVersions(1);

        site.put(
                "/terms",
                Page.html(page("<h2>3. Training</h2><p>We may use your content to train our artificial "
                        + "intelligence models, and you grant us a perpetual licence to do so.</p>")));
        assertThat(status("POST", "/api/v1/tracking-runs", admin, "{\"services\": [\"Example\"]}"))
                .isEqualTo(202);
        awaitVersions(2);
        app.alerts().worker().deliverDue();

        ChangeRow change =
                app.store().changes(Optional.empty(), Optional.empty()).getFirst();
        WebhookReceiver.Received alert = receiver.received().getFirst();
        assertThat(receiver.received()).hasSize(1);
        assertThat(alert.signatureValid()).isTrue();
        JsonNode body = JSON.readTree(alert.body()).get("change");
        assertThat(body.get("service").asString()).isEqualTo("Example");
        assertThat(body.get("summary").asString()).isEqualTo(change.summary());
        assertThat(body.get("provisions").get(0).get("kind").asString()).isEqualTo("added");
        assertThat(body.get("provisions").get(0).get("redline").asString()).contains("artificial intelligence");
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode deliveries = JSON.readTree(
                call("GET", location + "/deliveries", analyst, null).body());
        assertThat(deliveries.get("deliveries").get(0).get("status").asString()).isEqualTo("delivered");
        assertThat(deliveries.get("deliveries").get(0).get("idempotencyKey").asString())
                .isEqualTo(alert.deliveryKey());
    }

    @Test
    void refusesATrackingRunOfAnUndeclaredService() throws Exception {
        HttpResponse<String> refused = call("POST", "/api/v1/tracking-runs", admin, "{\"services\": [\"Nope\"]}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("'Nope' is not declared");
    }

    /** Tracking runs in the background; waits (at most a minute) until the document has {@code count} versions. */
    private void awaitVersions(int count) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<Long> doc =
                    app.store().document("Example", "Terms of Service").map(d -> d.id());
            if (doc.isPresent() && app.store().versions(doc.orElseThrow()).size() >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the tracking run did not record version " + count + " within a minute");
    }
}
