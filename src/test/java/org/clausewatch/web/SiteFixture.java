package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.clausewatch.history.Chronicle;
import org.clausewatch.store.Database;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.testing.WebServers;
import org.clausewatch.track.VersionRecorder;
import org.clausewatch.version.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A real SQLite store filled through the real pipeline (segmentation, lineage, change records, as the tracker
 * records them), and a web server over it on a free loopback port.
 */
final class SiteFixture implements AutoCloseable {
    static final String SERVICE = "Example Service";
    static final String TERMS = "Terms of Service";
    static final String HOSTILE_SERVICE = "Evil <script>alert('svc')</script> Corp";

    static final String V1 = """
            # Terms of Service

            ## 1. Your content

            You keep ownership of the content you upload to Example Service.

            We may use your content to operate the service.

            ## 2. Changes

            We will notify you 30 days before changing these terms.
            """;
    static final String V2 = """
            # Terms of Service

            ## 1. Your content

            You keep ownership of the content you upload to Example Service.

            We may use your content to operate the service and to train our artificial intelligence models.

            ## 2. Changes

            We may change these terms at any time, effective upon posting.

            ## 3. Arbitration

            Disputes are resolved by binding arbitration.
            """;
    static final String V3 = V2.replace("binding arbitration.", "binding arbitration in Delaware.");

    static final String HOSTILE = """
            # Terms <script>alert('title')</script>

            ## Section <img src=x onerror=alert('heading')>

            Our terms <script>alert('body')</script> apply to you.

            Read the [policy](javascript:alert('link')) and <a href="javascript:alert('raw')" onclick="alert('click')">this</a>.

            Look-alike: </p></main><h1>Fake heading</h1><form action="https://evil.example/"><input name=password></form>

            Attribute break "><svg onload=alert('svg')> and ' onmouseover='alert(1)
            """;

    final Database database;
    final WebServer web;
    final DocumentRow document;
    final DocumentRow hostile;
    private final VersionRecorder history;

    SiteFixture(Path dir) {
        this.database = Database.sqlite(dir.resolve("clausewatch.db"));
        this.history = new VersionRecorder(database.store(), new Chronicle(), org.clausewatch.testing.Readers.shared());
        long id = database.store().ensureDocument(SERVICE, TERMS);
        this.document = database.store().document(SERVICE, TERMS).orElseThrow();
        record(history, document, "2024-01-10T00:00:00Z", V1);
        record(history, document, "2024-06-01T00:00:00Z", V2);
        record(history, document, "2025-03-15T00:00:00Z", V3);
        database.store().ensureDocument(HOSTILE_SERVICE, TERMS);
        this.hostile = database.store().document(HOSTILE_SERVICE, TERMS).orElseThrow();
        record(history, hostile, "2024-02-01T00:00:00Z", HOSTILE);
        record(history, hostile, "2024-03-01T00:00:00Z", HOSTILE + "\nAnother <b onclick=alert(2)>clause</b>.\n");
        this.web = WebServers.over(database.store()).start("127.0.0.1", 0);
        assert id == document.id();
    }

    /** Records {@code markdown} as a version of {@code service}'s {@code termsType} through the real pipeline. */
    DocumentRow add(String service, String termsType, String at, String markdown) {
        database.store().ensureDocument(service, termsType);
        DocumentRow added = database.store().document(service, termsType).orElseThrow();
        record(history, added, at, markdown);
        return added;
    }

    /** Records {@code markdown} as a version obtained as {@code origin} says (an extractor upgrade, an import). */
    DocumentRow add(String service, String termsType, String at, String markdown, Origin origin) {
        database.store().ensureDocument(service, termsType);
        DocumentRow added = database.store().document(service, termsType).orElseThrow();
        record(history, added, at, markdown, origin);
        return added;
    }

    private static void record(VersionRecorder history, DocumentRow document, String at, String markdown) {
        record(history, document, at, markdown, new Origin.Tracked(false, false));
    }

    private static void record(
            VersionRecorder history, DocumentRow document, String at, String markdown, Origin origin) {
        history.record(
                history.state(document),
                markdown,
                origin,
                new VersionRecorder.Captures(Instant.parse(at), List.of(), "test"));
    }

    String base() {
        return "http://127.0.0.1:" + web.port();
    }

    /** The page at {@code path}, which must answer 200, parsed. */
    Document page(String path) throws Exception {
        HttpResponse<String> response = Http.get(base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), base() + path);
    }

    /** The JSON at {@code path}, which must answer 200. */
    JsonNode json(String path) throws Exception {
        HttpResponse<String> response = Http.get(base() + path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    @Override
    public void close() {
        web.close();
        database.close();
    }
}
