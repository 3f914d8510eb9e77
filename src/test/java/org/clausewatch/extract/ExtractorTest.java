package org.clausewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clausewatch.common.Bytes;
import org.clausewatch.common.FailureClass;
import org.clausewatch.source.Filter;
import org.clausewatch.source.Selector;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private static final String PAGE =
            "<html><body><nav>Menu</nav><main><h1>Terms</h1><div class=\"toc\">Contents</div>"
                    + "<p class=\"a\">Alpha</p><p class=\"b\">Beta</p><footer id=\"end\">End</footer></main><p>After</p></body></html>";

    private final Extractor extractor = new Extractor();

    private String extract(Page page) throws ExtractionException {
        return extractor.extract(List.of(page));
    }

    @Test
    void concatenatesSeveralSelectsInDocumentOrder() throws Exception {
        assertThat(extract(Pages.html(PAGE, Pages.selecting(".b", "h1", ".a"))))
                .isEqualTo("# Terms\n\nAlpha\n\nBeta\n");
    }

    @Test
    void failsNamingTheUrlAndSelectorWhenASelectMatchesNothing() {
        assertThatThrownBy(() -> extract(Pages.html(PAGE, Pages.selecting("main", "article.terms"))))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.SELECTOR_MATCHED_NOTHING))
                .hasMessageContaining("https://example.com/legal/terms")
                .hasMessageContaining("article.terms");
    }

    @Test
    void reportsAnInvalidSelectorAsAnExtractionError() {
        assertThatThrownBy(() -> extract(Pages.html(PAGE, Pages.selecting("main >>> p"))))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.EXTRACTION_ERROR))
                .hasMessageContaining("main >>> p");
    }

    @Test
    void removesBeforeItSelects() throws Exception {
        var source = Pages.with(
                List.of(new Selector.Css("main")),
                List.of(new Selector.Css(".toc"), new Selector.Css("footer")),
                List.of());
        assertThat(extract(Pages.html(PAGE, source))).isEqualTo("# Terms\n\nAlpha\n\nBeta\n");
    }

    @Test
    void selectsARangeFromBeforeItsStartToBeforeItsEnd() throws Exception {
        var range = new Selector.Range(Optional.of("h1"), Optional.empty(), Optional.of("#end"), Optional.empty());
        assertThat(extract(Pages.html(PAGE, Pages.with(List.of(range), List.of(), List.of()))))
                .isEqualTo("# Terms\n\nContents\n\nAlpha\n\nBeta\n");
    }

    @Test
    void selectsARangeFromAfterItsStartToAfterItsEnd() throws Exception {
        var range = new Selector.Range(Optional.empty(), Optional.of(".toc"), Optional.empty(), Optional.of("#end"));
        assertThat(extract(Pages.html(PAGE, Pages.with(List.of(range), List.of(), List.of()))))
                .isEqualTo("Alpha\n\nBeta\n\nEnd\n");
    }

    @Test
    void removesARange() throws Exception {
        var range = new Selector.Range(Optional.of(".toc"), Optional.empty(), Optional.empty(), Optional.of(".a"));
        var source = Pages.with(List.of(new Selector.Css("main")), List.of(range), List.of());
        assertThat(extract(Pages.html(PAGE, source))).isEqualTo("# Terms\n\nBeta\n\nEnd\n");
    }

    @Test
    void failsWhenARangeBoundaryIsMissing() {
        var range = new Selector.Range(Optional.of("h1"), Optional.empty(), Optional.of("#nowhere"), Optional.empty());
        assertThatThrownBy(() -> extract(Pages.html(PAGE, Pages.with(List.of(range), List.of(), List.of()))))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.SELECTOR_MATCHED_NOTHING))
                .hasMessageContaining("endBefore: '#nowhere'");
    }

    @Test
    void appliesTheDeclaredFilters() throws Exception {
        String html =
                "<p><a href=\"/faq?lang=en&amp;session=42\">FAQ</a> <span class=\"ad\">Ad</span> Version 2024-01-05</p>"
                        + "<img src=\"/x.png?session=1&amp;w=2\">";
        var filters = List.<Filter>of(
                new Filter.RemoveQueryParams(List.of("session")),
                new Filter.RemoveElements(".ad"),
                new Filter.ReplaceText(Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), "DATE"));
        assertThat(extract(Pages.html(html, Pages.with(List.of(), List.of(), filters))))
                .isEqualTo("[FAQ](https://example.com/faq?lang=en) Version DATE\n");
    }

    @Test
    void removesTrackingParametersAndPerRequestTokensFromLinks() throws Exception {
        String html =
                "<a href=\"https://chatgpt.com/pricing?openaicom-did=b8ee2a14-cfa6-4f8b-b1c2-c5e5dbbdd386&amp;openaicom_referred=true\">Pricing</a> "
                        + "<a href=\"https://claude.ai/redirect/website.v1.61300db7-b62f-4868-b838-f2129cd00314/settings/privacy\">settings</a> "
                        + "<a href=\"/blog?utm_source=x&amp;utm_medium=y&amp;id=7&amp;fbclid=abc&amp;sid=0b5e186e-f4e6-4a18-a64b-85a0b5a6fd96#top\">blog</a>";
        assertThat(extract(Pages.html(html)))
                .isEqualTo("[Pricing](https://chatgpt.com/pricing) [settings](https://claude.ai/settings/privacy)"
                        + " [blog](https://example.com/blog?id=7#top)\n");
    }

    @Test
    void keepsStableIdentifiersInPaths() throws Exception {
        String html =
                "<a href=\"https://www.anthropic.com/legal/archive/ce2bf436-0a91-4da2-a756-b2289fc755cd\">Previous</a>";
        assertThat(extract(Pages.html(html)))
                .isEqualTo(
                        "[Previous](https://www.anthropic.com/legal/archive/ce2bf436-0a91-4da2-a756-b2289fc755cd)\n");
    }

    @Test
    void restoresCloudflareProtectedAddresses() throws Exception {
        String hex = cloudflare("privacy@example.com", 0x42);
        String html = "<p>Write to <a href=\"/cdn-cgi/l/email-protection#" + hex
                + "\"><span class=\"__cf_email__\" data-cfemail=\""
                + hex + "\">[email&#160;protected]</span></a> or <span class=\"__cf_email__\" data-cfemail=\""
                + cloudflare("dpo@example.com", 0x17)
                + "\">[email protected]</span> or <a href=\"/cdn-cgi/l/email-protection\">[email protected]</a>.</p>";
        assertThat(extract(Pages.html(html)))
                .isEqualTo(
                        "Write to [privacy@example.com](mailto:privacy@example.com) or dpo@example.com or \\[email protected\\].\n");
    }

    /**
     * Protection markup whose hex decodes to no address (a different key each capture gives different debris) keeps
     * the placeholder, so two captures of the same page extract the same text.
     */
    @Test
    void keepsThePlaceholderWhenTheProtectedStringIsNoAddress() throws Exception {
        String first = "<p>Write to <span class=\"__cf_email__\" data-cfemail=\"" + cloudflare("not an address", 0x42)
                + "\">[email protected]</span> or <a href=\"/cdn-cgi/l/email-protection#" + cloudflare("x@y", 0x42)
                + "\">[email protected]</a>.</p>";
        String second = first.replace(cloudflare("not an address", 0x42), cloudflare("not an address", 0x6b))
                .replace(cloudflare("x@y", 0x42), cloudflare("x@y", 0x6b));

        String text = extract(Pages.html(first));

        assertThat(text).isEqualTo("Write to \\[email protected\\] or \\[email protected\\].\n");
        assertThat(extract(Pages.html(second))).isEqualTo(text);
    }

    @Test
    void decodesWindows1252WhenTheMetaElementSaysSo() throws Exception {
        String html =
                "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u201cterms\u201d</p></body></html>";
        var page = Pages.of(Pages.bytes(html, Charset.forName("windows-1252")), "text/html", Optional.empty());
        assertThat(extract(page)).isEqualTo("Caf\u00e9 \u201cterms\u201d\n");
    }

    @Test
    void prefersTheDeclaredCharsetOverTheDefault() throws Exception {
        var page = Pages.of(
                Pages.bytes("<p>Gr\u00fc\u00dfe</p>", StandardCharsets.ISO_8859_1),
                "text/html",
                Optional.of(StandardCharsets.ISO_8859_1));
        assertThat(extract(page)).isEqualTo("Gr\u00fc\u00dfe\n");
    }

    @Test
    void honoursAUtf8ByteOrderMark() throws Exception {
        byte[] body = "<p>na\u00efve</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(extract(Pages.of(Bytes.of(withBom), "text/html", Optional.empty())))
                .isEqualTo("na\u00efve\n");
    }

    @Test
    void joinsPagesOfACombinedDocumentWithASeparator() throws Exception {
        assertThat(extractor.extract(List.of(Pages.html("<p>One</p>"), Pages.html("<p>Two</p>"))))
                .isEqualTo("One\n\n- - -\n\nTwo\n");
    }

    @Test
    void givesByteIdenticalOutputForTheSameInput() throws Exception {
        var page = Pages.html(
                PAGE + "<table><tr><th>a</th></tr><tr><td>b</td></tr></table><ul><li>x<ol><li>y</li></ol></li></ul>");
        assertThat(extract(page)).isEqualTo(new Extractor().extract(List.of(page)));
    }

    @Test
    void refusesAPageWithoutWords() {
        assertThatThrownBy(() -> extract(Pages.html("<div> <img src=\"a.png\"> - </div>")))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.EMPTY))
                .hasMessageContaining("https://example.com/legal/terms");
    }

    @Test
    void refusesMediaTypesItCannotRead() {
        assertThatThrownBy(() -> extract(Pages.of(Bytes.of(new byte[] {1, 2}), "image/png", Optional.empty())))
                .isInstanceOfSatisfying(
                        ExtractionException.class,
                        e -> assertThat(e.failureClass()).isEqualTo(FailureClass.UNSUPPORTED_CONTENT))
                .hasMessageContaining("image/png");
    }

    @Test
    void keepsParagraphsOfPlainText() throws Exception {
        var page = Pages.of(
                Pages.bytes("  Terms   of use\r\n\r\n\r\n1. Scope\n*All* users\n", StandardCharsets.UTF_8),
                "text/plain",
                Optional.empty());
        assertThat(extract(page)).isEqualTo("Terms of use\n\n1\\. Scope\\\n\\*All\\* users\n");
    }

    @Test
    void passesMarkdownThroughWithWhitespaceNormalised() throws Exception {
        var page = Pages.of(
                Pages.bytes("# Terms  \n\n\n\n- a\u00A0b\u200B\n", StandardCharsets.UTF_8),
                "text/markdown; charset=utf-8",
                Optional.empty());
        assertThat(extract(page)).isEqualTo("# Terms\n\n- a b\n");
    }

    private static String cloudflare(String address, int key) {
        StringBuilder hex = new StringBuilder(String.format("%02x", key));
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", (b ^ key) & 0xFF));
        }
        return hex.toString();
    }
}
