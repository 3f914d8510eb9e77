package org.clausewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownWriterTest {
    private final Extractor extractor = new Extractor();

    private String extract(String body) throws ExtractionException {
        return extractor.extract(List.of(Pages.html("<html><body>" + body + "</body></html>")));
    }

    @Test
    void writesHeadingsWithOneHashPerLevel() throws Exception {
        assertThat(extract("<h1>Terms</h1><h3>3.1 <em>Scope</em></h3><h6>Fine print</h6>"))
                .isEqualTo("# Terms\n\n### 3.1 *Scope*\n\n###### Fine print\n");
    }

    @Test
    void separatesParagraphsByOneBlankLineAndCollapsesWhitespace() throws Exception {
        assertThat(extract("<p>  We   may\n change\tthese terms. </p>\n\n<div>You agree\u00A0to\u200B them.</div>"))
                .isEqualTo("We may change these terms.\n\nYou agree to them.\n");
    }

    @Test
    void keepsLineBreaksAsHardBreaks() throws Exception {
        assertThat(extract("<p>Anthropic PBC<br>548 Market St<br/>San Francisco</p>"))
                .isEqualTo("Anthropic PBC\\\n548 Market St\\\nSan Francisco\n");
    }

    @Test
    void indentsNestedListsUnderTheirItem() throws Exception {
        String html = "<ol start=\"3\"><li>Accounts<ul><li>Age</li><li>Security</li></ul></li><li>Content</li></ol>";
        assertThat(extract(html)).isEqualTo("3. Accounts\n   - Age\n   - Security\n4. Content\n");
    }

    @Test
    void separatesItemsByBlankLinesWhenAnItemHoldsSeveralParagraphs() throws Exception {
        assertThat(extract("<ul><li><p>First.</p><p>More.</p></li><li>Second.</li></ul>"))
                .isEqualTo("- First.\n\n  More.\n\n- Second.\n");
    }

    @Test
    void writesTablesAsPipeTablesWithTheirHeaderRow() throws Exception {
        String html = "<table><thead><tr><th>Purpose</th><th>Legal basis</th></tr></thead>"
                + "<tbody><tr><td>Provide the service</td><td><ul><li>Contract</li><li>Consent</li></ul></td></tr>"
                + "<tr><td colspan=\"2\">All a | b</td></tr></tbody></table>";
        assertThat(extract(html)).isEqualTo("""
                        | Purpose | Legal basis |
                        | --- | --- |
                        | Provide the service | - Contract<br>- Consent |
                        | All a \\| b | |
                        """);
    }

    @Test
    void givesTablesWithoutHeaderAnEmptyHeaderAndFlattensNestedTables() throws Exception {
        String html =
                "<table><tr><td>Outer</td><td><table><tr><td>In 1</td><td>In 2</td></tr></table></td></tr></table>";
        assertThat(extract(html)).isEqualTo("| | |\n| --- | --- |\n| Outer | In 1<br>In 2 |\n");
    }

    @Test
    void writesLinksAgainstThePageAddress() throws Exception {
        assertThat(extract(
                        "<p>See our <a href=\"../privacy\">Privacy Policy</a> and <a href=\"#scope\">scope</a>.</p>"))
                .isEqualTo("See our [Privacy Policy](https://example.com/privacy) and"
                        + " [scope](https://example.com/legal/terms#scope).\n");
    }

    @Test
    void resolvesLinksAgainstTheBaseElement() throws Exception {
        String html = "<html><head><base href=\"https://cdn.example.org/docs/\"></head>"
                + "<body><a href=\"aup\">Usage Policy</a></body></html>";
        assertThat(extractor.extract(List.of(Pages.html(html))))
                .isEqualTo("[Usage Policy](https://cdn.example.org/docs/aup)\n");
    }

    @Test
    void writesEmphasisWithSpacesOutsideTheMarkers() throws Exception {
        assertThat(extract("<p>These<strong> Terms </strong>are <em>binding</em>, <b><b>really</b></b>.</p>"))
                .isEqualTo("These **Terms** are *binding*, **really**.\n");
    }

    @Test
    void writesQuotesCodeRulesAndLeavesOutImages() throws Exception {
        String html = "<blockquote><p>Quoted</p><p>twice</p></blockquote><hr><pre>  indented\n  code</pre>"
                + "<p><img src=\"logo.png\" alt=\"Logo\">Inline <code>a_b</code></p>";
        assertThat(extract(html))
                .isEqualTo("> Quoted\n>\n> twice\n\n---\n\n```\n  indented\n  code\n```\n\nInline `a_b`\n");
    }

    @Test
    void escapesOnlyWhatMarkdownWouldMisread() throws Exception {
        assertThat(extract(
                        "<p>1. Not a list</p><p>*Not emphasis* but 5 * 3 and snake_case [x]</p><p># not a heading</p>"))
                .isEqualTo(
                        "1\\. Not a list\n\n\\*Not emphasis\\* but 5 * 3 and snake_case \\[x\\]\n\n\\# not a heading\n");
    }

    @Test
    void dropsScriptsStylesCommentsAndHiddenInputs() throws Exception {
        String html =
                "<p>Kept<!-- comment --></p><script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript>"
                        + "<template>T</template><input type=\"hidden\" value=\"token\"><iframe src=\"x\">frame</iframe>";
        assertThat(extract(html)).isEqualTo("Kept\n");
    }

    @Test
    void treatsInlineElementsHoldingBlocksAsContainers() throws Exception {
        assertThat(extract("<span><p>One</p><p>Two</p></span>")).isEqualTo("One\n\nTwo\n");
    }
}
