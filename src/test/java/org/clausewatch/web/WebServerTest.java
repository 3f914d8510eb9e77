package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.common.Failure;
import org.clausewatch.common.FailureClass;
import org.clausewatch.store.Database;
import org.clausewatch.testing.WebServers;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status service over real HTTP on loopback. */
class WebServerTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> get(WebServer web, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void reportsHealthAndEveryDocumentsTrackingStatus() throws Exception {
        try (Database database = Database.sqlite(dir.resolve("db.sqlite"));
                WebServer web = WebServers.over(database.store()).start("127.0.0.1", 0)) {
            long id = database.store().ensureDocument("Example", "Terms of Service");
            database.store()
                    .recordFailure(
                            id,
                            Failure.of(FailureClass.NOT_FOUND, "https://example.com/terms: 404"),
                            Instant.parse("2026-01-02T03:04:05Z"));
            assertThat(get(web, "/health").body()).contains("\"status\":\"ok\"");
            String status = get(web, "/api/v1/status").body();
            assertThat(status).contains("\"service\":\"Example\"", "\"class\":\"not-found\"", "2026-01-02T03:04:05Z");
        }
    }

    @Test
    void escapesNamesFromDeclarationsOnTheStatusPage() throws Exception {
        try (Database database = Database.sqlite(dir.resolve("db.sqlite"));
                WebServer web = WebServers.over(database.store()).start("127.0.0.1", 0)) {
            database.store().ensureDocument("<script>alert(1)</script>", "Terms of Service");
            HttpResponse<String> page = get(web, "/");
            assertThat(page.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        }
    }

    @Test
    void answersBusyWith503InsteadOfWaitingWhenNoReadConnectionIsFree() throws Exception {
        try (Database database = Database.sqlite(dir.resolve("db.sqlite"));
                WebServer web = WebServers.over(database.store()).start("127.0.0.1", 0)) {
            database.store().ensureDocument("Example", "Terms of Service");
            List<Handle> held = new ArrayList<>();
            try {
                for (int i = 0; i < Database.SQLITE_READERS; i++) {
                    held.add(database.reads().open());
                }
                HttpResponse<String> api = get(web, "/api/v1/services");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Retry-After")).hasValue("1");
                assertThat(api.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(api.body()).contains("\"status\":503", "busy");
                HttpResponse<String> page = get(web, "/services/example");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("Service unavailable");
            } finally {
                held.forEach(Handle::close);
            }
            assertThat(get(web, "/api/v1/services").body()).contains("\"service\":\"Example\"");
        }
    }
}
