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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
import org.clausewatch.account.NewAccount;
import org.clausewatch.account.Role;
import org.clausewatch.alert.Subscription;
import org.clausewatch.alert.SubscriptionRequest;
import org.clausewatch.alert.Vocabulary;
import org.clausewatch.knowledge.Severity;
import org.clausewatch.store.ChangeRow;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Origin;
import org.clausewatch.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-in, CSRF, throttling, sign-out, the account page (password, API key), the subscriptions page and each
 * subscription's delivery history, over real HTTP as {@code serve} composes them.
 */
class LoginPagesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
        // declared, so that subscriptions may name it; never fetched: these tests do not run tracking passes
        Files.writeString(declarations.resolve("ChatGPT.json"), """
                {"name": "ChatGPT", "terms": {"Terms of Service": {"fetch": "http://127.0.0.1:9/terms", "select": "main"}}}
                """);
        Settings settings =
                Settings.resolve(dir.resolve("data"), Map.of(Setting.DECLARATIONS, declarations.toString()), Map.of());
        app = ClauseWatch.open(settings);
        web = app.web().start("127.0.0.1", 0);
        analyst = app.accounts().create("analyst@example.org", Role.ANALYST);
        viewer = app.accounts().create("viewer@example.org", Role.VIEWER);
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
    }

    /** A browser's cookie jar in miniature: the cookies the server set, sent back on every request. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(path, List.copyOf(form.entrySet()));
    }

    /** A form whose fields may repeat, as a multiple select sends them. */
    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        String body = form.stream()
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

    /** Signs in with the one-time password and chooses {@link #PASSWORD}, as a new user must; returns the CSRF token. */
    private String signInForTheFirstTime(NewAccount account) throws Exception {
        assertThat(signIn(account, account.password()).headers().firstValue("Location"))
                .contains("/account");
        String csrf = csrf(get("/account"));
        HttpResponse<String> changed =
                post("/account/password", Map.of("csrf", csrf, "current", account.password(), "new", PASSWORD));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        return csrf;
    }

    private static final String PASSWORD = "correct horse battery";

    @Test
    void signsInWithASecureSessionCookieAndManagesSubscriptionsThroughForms() throws Exception {
        HttpResponse<String> signedIn = signIn(analyst, analyst.password());

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("cw_session=cws_")
                .contains("HttpOnly", "SameSite=Lax");
        String csrf = csrf(get("/account"));
        post("/account/password", Map.of("csrf", csrf, "current", analyst.password(), "new", PASSWORD));
        HttpResponse<String> page = get("/account/subscriptions");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self'")
                .contains("style-src 'self'")
                .doesNotContain("unsafe");
        assertThat(page.body())
                .contains("<link rel=\"stylesheet\" href=\"/static/site.css\">", "<header class=\"site\">");
        Map<String, String> form =
                Map.of("services", "chatgpt", "channel", "email", "address", "analyst@example.org", "mode", "daily");

        assertThat(post("/account/subscriptions", form).statusCode()).isEqualTo(403);
        assertThat(post("/account/subscriptions", with(form, "csrf", csrf)).statusCode())
                .isEqualTo(303);
        assertThat(get("/account/subscriptions").body())
                .contains("<td>ChatGPT</td>")
                .contains("e-mail analyst@example.org");
        HttpResponse<String> hostile =
                post("/account/subscriptions", with(with(form, "services", "ChatGPT, <Claude>"), "csrf", csrf));
        assertThat(hostile.statusCode()).isEqualTo(422);
        assertThat(hostile.body()).contains("&lt;Claude&gt;").doesNotContain("<Claude>");
        HttpResponse<String> invalid =
                post("/account/subscriptions", with(Map.of("services", "ChatGPT", "channel", "sms"), "csrf", csrf));
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.body()).contains("channel.type: 'sms' is not one of email, webhook, feed");
        assertThat(app.alerts().subscriptions().of(analyst.user().id())).hasSize(1);

        assertThat(post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(get("/account/subscriptions").statusCode()).isEqualTo(303);
    }

    @Test
    void theFormOffersWhatTheApiOffersKeepsWhatWasTypedBesideARefusalAndShowsAFeedsAddressAndWarnings()
            throws Exception {
        String csrf = signInForTheFirstTime(analyst);
        Document blank = Jsoup.parse(get("/account/subscriptions").body());
        assertThat(blank.select("select#topics[multiple] option[value=F1]").text())
                .isEqualTo("F1 Training on user content");
        assertThat(blank.select("select#minSeverity option").eachText())
                .containsExactly("any", "low", "medium", "high", "critical");
        assertThat(blank.select("select#significance option").eachAttr("value"))
                .containsExactly("substantive", "minor");
        assertThat(blank.select("input#address").val()).isEqualTo("analyst@example.org");

        HttpResponse<String> refused = post(
                "/account/subscriptions",
                List.of(
                        Map.entry("csrf", csrf),
                        Map.entry("services", "ChatGPT, Nope, Nada"),
                        Map.entry("documents", "Terms of Service"),
                        Map.entry("topics", "F1"),
                        Map.entry("topics", "E1"),
                        Map.entry("minSeverity", "high"),
                        Map.entry("significance", "minor"),
                        Map.entry("channel", "webhook"),
                        Map.entry("url", "https://hooks.example.org/cw"),
                        Map.entry("secret", "0123456789abcdef"),
                        Map.entry("mode", "daily")));

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("input#services").attr("aria-describedby")).isEqualTo("services-problem");
        assertThat(page.select("#services-problem").text())
                .contains("'Nope', 'Nada' are not services ClauseWatch knows");
        assertThat(page.select("input#services").val()).isEqualTo("ChatGPT, Nope, Nada");
        assertThat(page.select("input#documents").val()).isEqualTo("Terms of Service");
        assertThat(page.select("select#topics option[selected]").eachAttr("value"))
                .containsExactlyInAnyOrder("E1", "F1");
        assertThat(page.select("select#minSeverity option[selected]").text()).isEqualTo("high");
        assertThat(page.select("select#significance option[selected]").val()).isEqualTo("minor");
        assertThat(page.select("select#channel option[selected]").text()).isEqualTo("webhook");
        assertThat(page.select("input#url").val()).isEqualTo("https://hooks.example.org/cw");
        assertThat(page.select("input#secret").val())
                .as("the secret is not sent back")
                .isEmpty();
        assertThat(page.select("select#mode option[selected]").text()).isEqualTo("daily");
        assertThat(app.alerts().subscriptions().of(analyst.user().id())).isEmpty();

        HttpResponse<String> created = post(
                "/account/subscriptions",
                List.of(
                        Map.entry("csrf", csrf),
                        Map.entry("services", "ChatGPT"),
                        Map.entry("topics", "F1"),
                        Map.entry("minSeverity", "high"),
                        Map.entry("significance", "minor"),
                        Map.entry("channel", "feed"),
                        Map.entry("mode", "immediate")));

        assertThat(created.statusCode()).isEqualTo(303);
        Subscription stored =
                app.alerts().subscriptions().of(analyst.user().id()).getFirst();
        assertThat(stored.filter().topics()).containsExactly("F1");
        assertThat(stored.filter().minSeverity()).contains(Severity.HIGH);
        assertThat(stored.filter().minorToo()).isTrue();
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/account/subscriptions?created=" + stored.id());
        Document shown = Jsoup.parse(get(location).body());
        String feed = shown.select("section.created a.feed-url").attr("href");
        assertThat(feed).matches("http://127\\.0\\.0\\.1:\\d+/feeds/cwf_.+");
        assertThat(shown.select("section.created a.feed-url").text()).isEqualTo(feed);
        assertThat(shown.select("table a.feed-url").attr("href"))
                .as("the list shows the feed address too")
                .isEqualTo(feed);
        assertThat(shown.select("table td").eachText())
                .contains("F1 Training on user content", "substantive and minor changes, severity high or above");
        assertThat(app.alerts().feed(feed.substring(feed.lastIndexOf('/') + 1))).isPresent();

        HttpResponse<String> email = post(
                "/account/subscriptions",
                Map.of("csrf", csrf, "services", "ChatGPT", "channel", "email", "address", "a@example.org"));
        Document warned = Jsoup.parse(
                get(email.headers().firstValue("Location").orElseThrow()).body());
        assertThat(warned.select("section.created .warning").text())
                .as("made all the same, and warned of at once")
                .startsWith("Warning: No SMTP server is configured (smtp-host)");
    }

    @Test
    void theOneTimePasswordMustBeReplacedBeforeAnythingElseAndOnlyWithTheCurrentOne() throws Exception {
        signIn(analyst, analyst.password());
        HttpResponse<String> elsewhere = get("/account/subscriptions");
        assertThat(elsewhere.statusCode()).isEqualTo(303);
        assertThat(elsewhere.headers().firstValue("Location")).contains("/account");
        HttpResponse<String> account = get("/account");
        assertThat(account.body()).contains("one-time password", "analyst@example.org");
        String csrf = csrf(account);

        HttpResponse<String> forged =
                post("/account/password", Map.of("csrf", "forged", "current", analyst.password(), "new", PASSWORD));
        HttpResponse<String> wrong =
                post("/account/password", Map.of("csrf", csrf, "current", "not it", "new", PASSWORD));
        HttpResponse<String> tooShort =
                post("/account/password", Map.of("csrf", csrf, "current", analyst.password(), "new", "short"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("it is not your password");
        assertThat(tooShort.body()).contains("at least 12 characters");
        assertThat(get("/account/subscriptions").statusCode()).isEqualTo(303);

        HttpResponse<String> changed =
                post("/account/password", Map.of("csrf", csrf, "current", analyst.password(), "new", PASSWORD));

        assertThat(changed.body()).contains("Your password was changed.").doesNotContain("one-time password:");
        assertThat(get("/account/subscriptions").statusCode()).isEqualTo(200);
        assertThat(app.accounts().login("analyst@example.org", analyst.password()))
                .isEmpty();
        assertThat(app.accounts().login("analyst@example.org", PASSWORD)).isPresent();
    }

    @Test
    void aNewApiKeyFromTheAccountPageIsShownOnceAndTheOldOneStopsWorking() throws Exception {
        String csrf = signInForTheFirstTime(viewer);

        assertThat(post("/account/api-key", Map.of("csrf", "forged")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> page = post("/account/api-key", Map.of("csrf", csrf));

        Matcher key =
                Pattern.compile("<code class=\"secret\">(cwk_[^<]+)</code>").matcher(page.body());
        assertThat(key.find()).as(page.body()).isTrue();
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(app.accounts().byApiKey(viewer.apiKey())).isEmpty();
        assertThat(app.accounts().byApiKey(key.group(1))).isPresent();
        assertThat(get("/account").body()).doesNotContain(key.group(1));
    }

    @Test
    void showsASubscriptionsDeliveryHistoryWithStatusAttemptsAndLastError() throws Exception {
        Subscription subscription = app.alerts()
                .subscriptions()
                .create(
                        analyst.user(),
                        SubscriptionRequest.parse(
                                JSON.readTree("{\"services\": [\"ChatGPT\"], "
                                        + "\"channel\": {\"type\": \"email\", \"address\": \"a@example.org\"}}"),
                                new Vocabulary(app.taxonomy(), Optional::of)))
                .subscription();
        record(V1, "2026-03-01T10:00:00Z");
        long change =
                record(V1.replace("suspend your account", "delete your account and content"), "2026-03-02T10:00:00Z");
        app.alerts().worker().deliverDue();
        signInForTheFirstTime(analyst);

        HttpResponse<String> list = get("/account/subscriptions");
        HttpResponse<String> history = get("/account/subscriptions/" + subscription.id());

        assertThat(list.body()).contains("href=\"/account/subscriptions/" + subscription.id() + "\"");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body())
                .contains("<a href=\"/changes/" + change + "\">change " + change + "</a>")
                .contains("status-retrying\">retrying</span>")
                .contains("<td>1</td>")
                .contains("no email channel is configured")
                .contains("cw-alert-" + subscription.id() + "-" + change);
        assertThat(get("/account/subscriptions/999").statusCode()).isEqualTo(404);
        assertThat(get("/account/subscriptions/x").statusCode()).isEqualTo(404);
    }

    @Test
    void deliveryHistoryIsForItsOwnerOnly() throws Exception {
        Subscription subscription = app.alerts()
                .subscriptions()
                .create(
                        analyst.user(),
                        SubscriptionRequest.parse(
                                JSON.readTree("{\"services\": [\"ChatGPT\"], \"channel\": {\"type\": \"feed\"}}"),
                                new Vocabulary(app.taxonomy(), Optional::of)))
                .subscription();
        NewAccount other = app.accounts().create("other@example.org", Role.ADMIN);
        String path = "/account/subscriptions/" + subscription.id();

        assertThat(get(path).statusCode()).isEqualTo(303);
        signInForTheFirstTime(viewer);
        assertThat(get(path).statusCode()).isEqualTo(403);
        cookies.clear();
        String csrf = signInForTheFirstTime(other);
        assertThat(get(path).statusCode()).isEqualTo(404);
        assertThat(post(path + "/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        assertThat(app.alerts().subscriptions().of(analyst.user().id())).hasSize(1);
    }

    @Test
    void watchThisProvisionOnItsPageMakesASubscriptionNamingItsLineageListedByName() throws Exception {
        record(V1, "2026-03-01T10:00:00Z");
        String lineage = lineageOf("We may use your content");
        String watch = "/account/watch/" + lineage;
        HttpResponse<String> provision = get("/provisions/" + lineage);
        assertThat(provision.body())
                .contains("<form class=\"watch\" method=\"get\" action=\"" + watch + "\">")
                .contains("Watch this provision");

        HttpResponse<String> stranger = get(watch);
        assertThat(stranger.statusCode()).isEqualTo(303);
        assertThat(stranger.headers().firstValue("Location")).contains("/login?next=" + watch);
        signInForTheFirstTime(analyst);
        HttpResponse<String> confirm = get(watch);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body())
                .contains("<a href=\"/provisions/" + lineage + "\">ChatGPT · Terms of Service · Terms of Service › 1."
                        + " Your content</a>")
                .contains("We may use your content to provide and improve the Services.")
                .contains("value=\"analyst@example.org\"");
        Map<String, String> form = Map.of("channel", "email", "address", "analyst@example.org", "mode", "immediate");
        assertThat(post(watch, with(form, "csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(app.alerts().subscriptions().of(analyst.user().id())).isEmpty();

        HttpResponse<String> pressed = post(watch, with(form, "csrf", csrf(confirm)));

        assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(303);
        assertThat(pressed.headers().firstValue("Location").orElseThrow()).startsWith("/account/subscriptions");
        List<Subscription> stored =
                app.alerts().subscriptions().of(analyst.user().id());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).filter().lineages()).containsExactly(lineage);
        // the provision alone: no service is named, so no other change of the document alerts
        assertThat(stored.get(0).filter().services()).isEmpty();
        assertThat(stored.get(0).filter().documents()).isEmpty();
        assertThat(get("/account/subscriptions").body())
                .contains("<ul class=\"watched\"><li><a href=\"/provisions/" + lineage
                        + "\">ChatGPT · Terms of Service · Terms of Service › 1. Your content</a>");
        assertThat(get(watch).body())
                .contains(
                        "You already watch it in",
                        "subscription " + stored.get(0).id());
        assertThat(get("/account/watch/0000000000ff-9").statusCode()).isEqualTo(404);
    }

    @Test
    void signingInFromAWatchLinkLeadsBackToItAndOnlyToAnAccountPage() throws Exception {
        record(V1, "2026-03-01T10:00:00Z");
        String watch = "/account/watch/" + lineageOf("We may use your content");
        String csrf = signInForTheFirstTime(analyst);
        post("/logout", Map.of("csrf", csrf));
        HttpResponse<String> login = get("/login?next=" + watch);
        assertThat(login.body()).contains("name=\"next\" value=\"" + watch + "\"");

        HttpResponse<String> signedIn = post(
                "/login",
                Map.of("csrf", csrf(login), "email", "analyst@example.org", "password", PASSWORD, "next", watch));

        assertThat(signedIn.headers().firstValue("Location")).contains(watch);
        assertThat(get("/login?next=https://elsewhere.example/").body()).doesNotContain("name=\"next\"");
        post("/logout", Map.of("csrf", csrf(get("/account"))));
        HttpResponse<String> away = post(
                "/login",
                Map.of(
                        "csrf",
                        csrf(get("/login")),
                        "email",
                        "analyst@example.org",
                        "password",
                        PASSWORD,
                        "next",
                        "//elsewhere.example/account"));
        assertThat(away.headers().firstValue("Location")).hasValue("/account/subscriptions");
    }

    private String lineageOf(String words) {
        DocumentRow document =
                app.store().document("ChatGPT", "Terms of Service").orElseThrow();
        long version = app.store().latestVersion(document.id()).orElseThrow().id();
        return app.store().provisions(version).stream()
                .filter(p -> p.text().contains(words))
                .findFirst()
                .orElseThrow()
                .lineageId();
    }

    private long record(String markdown, String at) {
        long id = app.store().ensureDocument("ChatGPT", "Terms of Service");
        DocumentRow document = new DocumentRow(id, "ChatGPT", "Terms of Service");
        VersionRecorder recorder = app.history();
        long version = recorder.record(
                recorder.state(document),
                markdown,
                new Origin.Tracked(false, false),
                new VersionRecorder.Captures(Instant.parse(at), List.of(), "test-1"));
        return app.store().changeInto(version).map(ChangeRow::id).orElse(-1L);
    }

    private static final String V1 = """
            # Terms of Service

            ## 1. Your content

            We may use your content to provide and improve the Services.

            ## 2. Termination

            We may suspend your account if you break these Terms.
            """;

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
    void aLogoutWithoutItsCsrfTokenIsRefusedAndLeavesTheSessionAsItWas() throws Exception {
        String csrf = signInForTheFirstTime(analyst);
        String session = cookies.get("cw_session");

        HttpResponse<String> forged = post("/logout", Map.of("csrf", "forged"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(cookies).containsEntry("cw_session", session);
        assertThat(get("/account").statusCode()).isEqualTo(200);

        assertThat(post("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
        cookies.put("cw_session", session);
        assertThat(get("/account").statusCode())
                .as("the session ended on the server, not only in the browser")
                .isEqualTo(303);
    }

    @Test
    void failedSignInsForOneAccountDoNotLockOutAnotherBehindTheSameAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(analyst, "wrong " + i).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(analyst, analyst.password()).statusCode()).isEqualTo(429);

        HttpResponse<String> other = signIn(viewer, viewer.password());

        assertThat(other.statusCode()).isEqualTo(303);
        assertThat(other.headers().firstValue("Location")).contains("/account");
    }

    @Test
    void aViewerMayNotManageSubscriptionsAndAStrangerIsSentToSignIn() throws Exception {
        HttpResponse<String> stranger = get("/account/subscriptions");
        assertThat(stranger.statusCode()).isEqualTo(303);
        assertThat(stranger.headers().firstValue("Location")).contains("/login?next=/account/subscriptions");

        signInForTheFirstTime(viewer);
        assertThat(get("/account/subscriptions").statusCode()).isEqualTo(403);
        assertThat(get("/account").statusCode()).isEqualTo(200);
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(key, value);
        return copy;
    }
}
