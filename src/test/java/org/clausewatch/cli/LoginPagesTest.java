package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Settings;
import org.clausewatch.account.NewAccount;
import org.clausewatch.account.Role;
import org.clausewatch.web.WebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in, CSRF, throttling, sign-out and the subscriptions page, over real HTTP as {@code serve} composes them. */
class LoginPagesTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private ClauseWatch app;
    private WebServer web;
    private NewAccount analyst;
    private NewAccount viewer;

    @BeforeEach
    void start() throws IOException {
        Path declarations = Files.createDirectories(dir.resolve("declarations"));
        Settings settings = Settings.resolve(
                dir.resolve("data"), Optional.empty(), Optional.of(declarations), false, Optional.empty(), Map.of());
        app = ClauseWatch.open(settings);
        web = new WebServer(
                        new WebServer.Sources(app.store(), java.util.Optional.of(app.archive()), app.reader()),
                        java.util.List.of(),
                        AlertRouting.routes(app, declarations))
                .start("127.0.0.1", 0);
        analyst = app.accounts().create("analyst@example.org", Role.ANALYST);
        viewer = app.accounts().create("viewer@example.org", Role.VIEWER);
    }

    @AfterEach
    void stop() throws IOException {
        web.close();
        app.close();
    }

    /** A browser's cookie jar in miniature: the cookies the server set, sent back on every request. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + web.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : response.headers().allValues("Set-Cookie")) {
                String[] pair = header.split(";", 2)[0].split("=", 2);
                cookies.put(pair[0], pair[1]);
            }
            return response;
        }
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF field in %s", page.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> signIn(NewAccount account, String password) throws Exception {
        String csrf = csrf(get("/login"));
        return post("/login", Map.of("csrf", csrf, "email", account.user().email(), "password", password));
    }

    @Test
    void signsInWithASecureSessionCookieAndManagesSubscriptionsThroughForms() throws Exception {
        HttpResponse<String> signedIn = signIn(analyst, analyst.password());

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("cw_session=cws_")
                .contains("HttpOnly", "SameSite=Lax");
        HttpResponse<String> page = get("/account/subscriptions");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self'");
        String csrf = csrf(page);
        Map<String, String> form = Map.of(
                "services", "ChatGPT, <Claude>", "channel", "email", "address", "analyst@example.org", "mode", "daily");

        assertThat(post("/account/subscriptions", form).statusCode()).isEqualTo(403);
        assertThat(post("/account/subscriptions", with(form, "csrf", csrf)).statusCode())
                .isEqualTo(303);
        assertThat(get("/account/subscriptions").body())
                .contains("&lt;Claude&gt;, ChatGPT")
                .contains("e-mail analyst@example.org")
                .doesNotContain("<Claude>");
        HttpResponse<String> invalid =
                post("/account/subscriptions", with(Map.of("services", "X", "channel", "sms"), "csrf", csrf));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("channel.type: &#39;sms&#39; is not one of email, webhook, feed");
        assertThat(app.alerts().subscriptions().of(analyst.user().id())).hasSize(1);

        assertThat(post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(get("/account/subscriptions").statusCode()).isEqualTo(303);
    }

    @Test
    void refusesASignInWithoutTheFormsCsrfToken() throws Exception {
        get("/login");
        HttpResponse<String> refused = post(
                "/login", Map.of("csrf", "forged", "email", "analyst@example.org", "password", analyst.password()));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(cookies).doesNotContainKey("cw_session");
    }

    @Test
    void throttlesRepeatedFailedSignIns() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(analyst, "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> throttled = signIn(analyst, analyst.password());

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(cookies).doesNotContainKey("cw_session");
    }

    @Test
    void aViewerMayNotManageSubscriptionsAndAStrangerIsSentToSignIn() throws Exception {
        HttpResponse<String> stranger = get("/account/subscriptions");
        assertThat(stranger.statusCode()).isEqualTo(303);
        assertThat(stranger.headers().firstValue("Location")).contains("/login");

        signIn(viewer, viewer.password());
        assertThat(get("/account/subscriptions").statusCode()).isEqualTo(403);
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(key, value);
        return copy;
    }
}
