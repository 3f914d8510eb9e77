package org.clausewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Provision Markdown as the pages quote it: structure kept, nothing of the platform's own markup or scripts. */
class ProvisionHtmlTest {
    private static Document html(String markdown) {
        return Jsoup.parseBodyFragment(ProvisionHtml.of(markdown));
    }

    @Test
    void keepsEmphasisListsTablesAndLinksToWebAddresses() {
        Document emphasis =
                html("You **must** read our [privacy policy](https://example.org/privacy) and *these* terms.");
        assertThat(emphasis.select("strong").text()).isEqualTo("must");
        assertThat(emphasis.select("em").text()).isEqualTo("these");
        Element link = emphasis.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/privacy");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener noreferrer");
        assertThat(link.text()).isEqualTo("privacy policy");
        assertThat(html("Write to [us](mailto:privacy@example.org).")
                        .selectFirst("a")
                        .attr("href"))
                .isEqualTo("mailto:privacy@example.org");

        Document list = html("We share it with:\n\n- payment processors;\n- advertisers.");
        assertThat(list.select("ul li").eachText()).containsExactly("payment processors;", "advertisers.");
        Document table = html("| Data | Kept for |\n|---|---|\n| chat logs | 30 days |");
        assertThat(table.select("table th").eachText()).containsExactly("Data", "Kept for");
        assertThat(table.select("table td").eachText()).containsExactly("chat logs", "30 days");
    }

    @Test
    void linksAnywhereButTheWebAreTheirWordsAlone() {
        for (String destination : new String[] {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(2)",
            " javascript:alert(3)",
            "java&#x73;cript:alert(4)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==",
            "vbscript:msgbox(6)",
            "/admin",
            "//evil.example/x",
            "file:///etc/passwd",
            "https:javascript:alert(7)"
        }) {
            Document page = html("Click [here](" + destination + ") now.");
            assertThat(page.select("a")).as(destination).isEmpty();
            assertThat(page.text()).as(destination).isEqualTo("Click here now.");
        }
        assertThat(html("See <javascript:alert(8)> and <https://example.org/terms>.")
                        .select("a")
                        .eachAttr("href"))
                .containsExactly("https://example.org/terms");
    }

    @Test
    void rawHtmlImagesAndEventHandlersComeOutAsText() {
        Document page = html("Our terms <script>alert('body')</script> apply. <img src=x onerror=alert(1)>"
                + " ![tracker](https://evil.example/pixel.png) <a href=\"javascript:alert(2)\" onclick=\"alert(3)\">this</a>"
                + " <svg onload=alert(4)></svg> \"><iframe src=https://evil.example/>");
        assertThat(page.select("script, img, a, svg, iframe")).isEmpty();
        assertThat(page.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(a -> a.getKey().startsWith("on")));
        assertThat(page.text())
                .contains("<script>alert('body')</script>", "<img src=x onerror=alert(1)>", "tracker", "<svg");
        Document blocks = html("<div onclick=\"alert(5)\">\nhidden\n</div>\n\n    indented <b>code</b>");
        assertThat(blocks.select("div, b, pre, code")).isEmpty();
        assertThat(blocks.text()).contains("<div onclick=\"alert(5)\">", "indented <b>code</b>");
    }
}
