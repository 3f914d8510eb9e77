package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.browse.Links;
import org.clausewatch.store.ProvisionRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document (and a service name) full of script tags, event handlers, javascript: links and look-alike markup:
 * on every page that shows it, none of it becomes markup, and the page keeps its own structure.
 */
class HostileDocumentTest {
    @TempDir
    Path dir;

    @Test
    void noPageLetsDocumentTextBecomeMarkup() throws Exception {
        try (SiteFixture site = new SiteFixture(dir)) {
            List<ProvisionRow> provisions = site.database
                    .store()
                    .provisions(site.database
                            .store()
                            .latestVersion(site.hostile.id())
                            .orElseThrow()
                            .id());
            long change = site.database
                    .store()
                    .changeInto(site.database
                            .store()
                            .latestVersion(site.hostile.id())
                            .orElseThrow()
                            .id())
                    .orElseThrow()
                    .id();
            List<String> paths = new ArrayList<>(List.of(
                    "/",
                    "/services/" + Links.slug(SiteFixture.HOSTILE_SERVICE),
                    Links.document(SiteFixture.HOSTILE_SERVICE, SiteFixture.TERMS),
                    "/changes/" + change,
                    "/search?q=script+alert",
                    "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
                    "/about"));
            provisions.forEach(p -> paths.add(Links.provision(p.lineageId())));
            for (String path : paths) {
                HttpResponse<String> response = Http.get(site.base() + path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertHarmless(path, Jsoup.parse(response.body()));
            }
            String document = Http.get(site.base() + Links.document(SiteFixture.HOSTILE_SERVICE, SiteFixture.TERMS))
                    .body();
            assertThat(document).contains("Our terms &lt;script&gt;alert('body')&lt;/script&gt; apply to you.");
            assertThat(Jsoup.parse(document).select("div.provision").eachText())
                    .anyMatch(text -> text.contains("</p></main><h1>Fake heading</h1>"));
        }
    }

    static final String MARKDOWN = """
            # Terms of Use

            You **must** read our [privacy policy](https://example.org/privacy) and *these* terms.

            Click [here](javascript:alert(1)) or [there](JaVaScRiPt:alert(2)) or [data](data:text/html;base64,PHNjcmlwdD4=) or [entity](java&#x73;cript:alert(3)) or <javascript:alert(4)> or [home](/admin).

            Look ![tracker](https://evil.example/pixel.png) <img src=x onerror=alert(5)> <script>alert(6)</script> here.
            """;

    @Test
    void provisionMarkdownRendersOnEveryPageButNothingInItLinksAwayUnsafelyOrRuns() throws Exception {
        try (SiteFixture site = new SiteFixture(dir)) {
            var document = site.add("Markdown Corp", "Terms of Use", "2025-02-01T00:00:00Z", MARKDOWN);
            long version = site.database
                    .store()
                    .latestVersion(document.id())
                    .orElseThrow()
                    .id();
            List<String> paths = new ArrayList<>(List.of(Links.document("Markdown Corp", "Terms of Use")));
            site.database.store().provisions(version).forEach(p -> paths.add(Links.provision(p.lineageId())));
            for (String path : paths) {
                Document page = Jsoup.parse(Http.get(site.base() + path).body());
                assertHarmless(path, page);
                // the quoted text, not ClauseWatch's own line under it (permalink, badges) nor the quote's footer
                for (Element link : page.select(
                        ".provision > :not(.about) a[href], blockquote.verbatim > :not(footer) a[href], .wording a[href]")) {
                    assertThat(link.attr("href")).as(path).startsWith("https://example.org/");
                    assertThat(link.attr("rel")).as(path).isEqualTo("nofollow noopener noreferrer");
                }
                assertThat(page.text()).as(path).doesNotContain("**", "](");
            }
            Document page = Jsoup.parse(Http.get(site.base() + paths.get(0)).body());
            assertThat(page.select(".provision strong").eachText()).contains("must");
            assertThat(page.select(".provision a[rel]").eachText()).containsExactly("privacy policy");
            assertThat(page.text()).contains("Click here or there or data or entity", "<script>alert(6)</script>");
        }
    }

    private static void assertHarmless(String path, Document page) {
        assertThat(page.select("script")).as(path + ": script elements").isEmpty();
        assertThat(page.select("svg[onload], img, form[action^=https]"))
                .as(path + ": injected elements")
                .isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey())
                        .as(path + ": event handler on " + element.tagName())
                        .doesNotStartWith("on");
                assertThat(attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT))
                        .as(path + ": " + attribute.getKey())
                        .doesNotStartWith("javascript:");
            }
        }
        assertThat(page.select("main")).as(path + ": one main").hasSize(1);
        assertThat(page.select("h1").eachText()).as(path).doesNotContain("Fake heading");
        assertThat(page.select("footer.site")).as(path + ": page footer intact").hasSize(1);
    }
}
