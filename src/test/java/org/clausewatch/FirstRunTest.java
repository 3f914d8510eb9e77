package org.clausewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.source.DeclarationLoader;
import org.clausewatch.source.DeclarationSet;
import org.clausewatch.source.DocumentDeclaration;
import org.clausewatch.source.ServiceDeclaration;
import org.clausewatch.source.SourceDocument;
import org.clausewatch.testing.CliRun;
import org.clausewatch.testing.LocalSite;
import org.clausewatch.testing.LocalSite.Page;
import org.clausewatch.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A fresh installation: the starter declarations shipped in {@code declarations/} are valid and cover the platforms
 * that matter, {@code serve} shows them before fetching anything, and a document that cannot be reached fails with
 * its class without stopping the others. Nothing here fetches the starter declarations' real addresses.
 */
class FirstRunTest {
    /** The starter folder, as {@code serve} and {@code track} find it when run from the checkout. */
    private static final Path STARTER = Path.of("declarations");

    private static final Set<String> AI_SERVICES = Set.of(
            "ChatGPT",
            "Claude.ai",
            "Google Generative AI Services",
            "Microsoft Copilot",
            "Meta AI",
            "Mistral AI",
            "Grok",
            "Perplexity",
            "Cohere",
            "Stability AI");

    private static final Pattern PUBLIC_HOST = Pattern.compile("[a-z0-9.-]+\\.[a-z]{2,}");

    @TempDir
    Path dir;

    @Test
    void theStarterDeclarationsLoadWithoutAProblemAndCoverTheMainPlatforms() {
        DeclarationSet set = new DeclarationLoader().load(STARTER);

        assertThat(set.problems()).isEmpty();
        assertThat(set.services()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(set.services().stream().map(ServiceDeclaration::service))
                .contains("ChatGPT", "Claude.ai", "Facebook", "TikTok", "LinkedIn", "Slack", "Zoom", "GitHub")
                .containsAll(AI_SERVICES);
        for (ServiceDeclaration service : set.services()) {
            assertThat(types(service)).as(service.service()).contains("Terms of Service", "Privacy Policy");
        }
        set.services().stream()
                .filter(s -> AI_SERVICES.contains(s.service()))
                .forEach(s -> assertThat(types(s))
                        .as(s.service() + " has a usage or AI policy")
                        .containsAnyOf("Acceptable Use Policy", "AI Policy"));
    }

    @Test
    void everyStarterAddressIsAPublicHttpsPageDeclaredOnce() {
        List<URI> addresses = new DeclarationLoader()
                .load(STARTER).services().stream()
                        .flatMap(s -> s.documents().stream())
                        .flatMap(d -> d.sources().stream())
                        .map(SourceDocument::location)
                        .toList();
        assertThat(addresses).allSatisfy(url -> {
            assertThat(url.getScheme()).isEqualTo("https");
            assertThat(url.getHost()).matches(PUBLIC_HOST);
        });
        assertThat(addresses.stream().map(URI::toString).distinct().count())
                .as("no address is declared for two documents except shared privacy policies")
                .isGreaterThan(addresses.size() - 4L);
    }

    @Test
    void checkDeclarationsAcceptsTheStarterFolderOffline() {
        CliRun run = CliRun.run("check-declarations", STARTER.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("\\d\\d services, \\d+ documents, 0 errors, 0 warnings");
    }

    @Test
    void serveListsTheStarterDeclarationsAndWhenItWillTrackThemBeforeFetchingAnything() throws Exception {
        Settings settings = Settings.resolve(
                dir.resolve("data"), Map.of(Setting.PORT, "0", Setting.FIRST_PASS_AFTER, "PT1H"), Map.of());
        assertThat(settings.tracking().declarations()).isEqualTo(STARTER);
        try (ClauseWatch app = ClauseWatch.open(settings)) {
            StringWriter err = new StringWriter();
            WebServer web = app.serve(new PrintWriter(new StringWriter()), new PrintWriter(err));
            String home = get("http://127.0.0.1:" + web.port() + "/");

            int services = new DeclarationLoader().load(STARTER).services().size();
            assertThat(home)
                    .contains("Getting started")
                    .contains("import-ota")
                    .contains(services + " services and ")
                    .contains(STARTER.toAbsolutePath().toString())
                    .contains("Next tracking pass")
                    .contains("then every 6 hours")
                    .contains("<strong>ChatGPT</strong>: Terms of Service, Privacy Policy")
                    .contains("href=\"/api/v1\"");
            assertThat(app.store().documents())
                    .as("nothing tracked before the first pass")
                    .isEmpty();
            assertThat(err.toString()).isEmpty();
        }
    }

    @Test
    void aDocumentThatCannotBeReachedFailsWithItsClassAndTheOthersAreTracked() throws IOException {
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        try (LocalSite site = new LocalSite()) {
            site.put(
                    "/terms",
                    Page.html("<html><body><main><h1>Terms</h1><p>We may change these terms at any time"
                            + " by posting the new terms on this page.</p></main></body></html>"));
            Files.writeString(declarations.resolve("Example.json"), """
                    {"name": "Example", "terms": {
                      "Terms of Service": {"fetch": "%s", "select": "main"},
                      "Privacy Policy": {"fetch": "http://127.0.0.1:%d/privacy", "select": "main"}
                    }}
                    """.formatted(site.url("/terms"), closedPort()));
            String data = dir.resolve("data").toString();
            CliRun run = CliRun.run(
                    "track",
                    "--data",
                    data,
                    "--declarations",
                    declarations.toString(),
                    "--allow-private-addresses",
                    "--host-delay-ms",
                    "0",
                    "--json");

            assertThat(run.status()).as(run.err()).isZero();
            JsonNode documents = run.json().get("documents");
            assertThat(documents.findValuesAsString("outcome")).containsExactlyInAnyOrder("failed", "new-version");
            JsonNode failure = documents.findParent("failure").get("failure");
            assertThat(failure.get("class").asString()).isEqualTo("connection");
            CliRun status = CliRun.run("status", "--data", data);
            assertThat(status.out()).contains("Privacy Policy").contains("connection");
        }
    }

    private static List<String> types(ServiceDeclaration service) {
        return service.documents().stream().map(DocumentDeclaration::termsType).toList();
    }

    /** A loopback port nothing listens on, as every address is on a machine without network. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response =
                    client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
