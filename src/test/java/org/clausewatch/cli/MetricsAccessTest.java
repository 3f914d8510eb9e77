package org.clausewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.clausewatch.ClauseWatch;
import org.clausewatch.Setting;
import org.clausewatch.Settings;
import org.clausewatch.account.Role;
import org.clausewatch.web.MetricsAccess;
import org.clausewatch.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} is off, for admins, or open, as the setting says; without one, open only on loopback. */
class MetricsAccessTest {
    @TempDir
    Path dir;

    @Test
    void withoutASettingMetricsAreOpenOnlyOnALoopbackAddress() {
        assertThat(MetricsAccess.defaultFor("127.0.0.1")).isEqualTo(MetricsAccess.OPEN);
        assertThat(MetricsAccess.defaultFor("::1")).isEqualTo(MetricsAccess.OPEN);
        assertThat(MetricsAccess.defaultFor("0.0.0.0")).isEqualTo(MetricsAccess.ADMIN);
        assertThat(MetricsAccess.defaultFor("203.0.113.5")).isEqualTo(MetricsAccess.ADMIN);
    }

    @Test
    void adminMetricsNeedAnAdminsApiKey() throws Exception {
        try (ClauseWatch app = open("admin")) {
            WebServer web = app.web().start("127.0.0.1", 0);
            String admin =
                    app.accounts().create("admin@example.org", Role.ADMIN).apiKey();
            String analyst =
                    app.accounts().create("analyst@example.org", Role.ANALYST).apiKey();

            assertThat(metrics(web, Optional.empty()).statusCode()).isEqualTo(401);
            assertThat(metrics(web, Optional.of(analyst)).statusCode()).isEqualTo(403);
            HttpResponse<String> allowed = metrics(web, Optional.of(admin));
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.body()).contains("# TYPE");
        }
    }

    @Test
    void metricsCanBeTurnedOff() throws Exception {
        try (ClauseWatch app = open("off")) {
            WebServer web = app.web().start("127.0.0.1", 0);
            String admin =
                    app.accounts().create("admin@example.org", Role.ADMIN).apiKey();

            assertThat(metrics(web, Optional.of(admin)).statusCode()).isEqualTo(404);
        }
    }

    private ClauseWatch open(String metrics) throws Exception {
        return ClauseWatch.open(Settings.resolve(dir.resolve("data"), Map.of(Setting.METRICS, metrics), Map.of()));
    }

    private static HttpResponse<String> metrics(WebServer web, Optional<String> apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/metrics"));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
