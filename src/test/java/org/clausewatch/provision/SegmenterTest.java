package org.clausewatch.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<Provision> segment(String... lines) {
        return segmenter.segment(String.join("\n", lines));
    }

    @Test
    void makesParagraphsListItemsAndTableRowsIntoProvisionsButNotHeadings() {
        List<Provision> provisions = segment(
                "# Terms",
                "",
                "We provide the service.",
                "",
                "- You must be 13.",
                "- You must obey the law.",
                "",
                "| Purpose | Basis |",
                "| --- | --- |",
                "| Billing | Contract |");

        assertThat(provisions)
                .extracting(Provision::text)
                .containsExactly(
                        "We provide the service.", "You must be 13.", "You must obey the law.", "Billing | Contract");
        assertThat(provisions)
                .extracting(Provision::kind)
                .containsExactly(
                        Provision.Kind.PARAGRAPH,
                        Provision.Kind.LIST_ITEM,
                        Provision.Kind.LIST_ITEM,
                        Provision.Kind.TABLE_ROW);
        assertThat(provisions).extracting(Provision::position).containsExactly(0, 1, 2, 3);
    }

    @Test
    void givesEachProvisionItsHeadingPathIncludingUnderlinedHeadings() {
        List<Provision> provisions = segment(
                "Terms of Use",
                "============",
                "",
                "4\\. Your Content",
                "---------------",
                "",
                "### 4.2 Licence",
                "",
                "You grant us a licence.",
                "",
                "## 5. [Termination](https://example.com/t)",
                "",
                "We may end it.");

        assertThat(provisions.get(0).path()).containsExactly("Terms of Use", "4. Your Content", "4.2 Licence");
        assertThat(provisions.get(0).pathLine()).isEqualTo("Terms of Use > 4. Your Content > 4.2 Licence");
        assertThat(provisions.get(1).path()).containsExactly("Terms of Use", "5. Termination");
    }

    @Test
    void givesListItemsTheSentenceLeadingIntoTheListAndNestedItemsTheirParent() {
        List<Provision> provisions = segment(
                "We share data. We share it with:",
                "",
                "*   Service providers, such as:",
                "    ",
                "    *   hosting companies",
                "*   Authorities.");

        assertThat(provisions.get(1).context()).contains("We share it with:");
        assertThat(provisions.get(2).text()).isEqualTo("hosting companies");
        assertThat(provisions.get(2).context()).contains("Service providers, such as:");
        assertThat(provisions.get(3).context()).contains("We share it with:");
        assertThat(provisions.get(0).context()).isEmpty();
    }

    @Test
    void joinsContinuationLinesOfAListItemAndEndsTheListAtAnUnindentedParagraph() {
        List<Provision> provisions =
                segment("1. First item", "   continues here.", "2. Second item", "", "After the list.");

        assertThat(provisions)
                .extracting(Provision::text)
                .containsExactly("First item continues here.", "Second item", "After the list.");
        assertThat(provisions.get(2).kind()).isEqualTo(Provision.Kind.PARAGRAPH);
        assertThat(provisions.get(2).context()).isEmpty();
    }

    @Test
    void givesTableRowsTheirHeaderRowAsContextUnlessTheHeaderIsEmpty() {
        List<Provision> provisions = segment(
                "| Purpose | Data |",
                "| --- | --- |",
                "| Support | Email<br>Name |",
                "",
                "|     |     |",
                "| --- | --- |",
                "| **Entity** | Anthropic |");

        assertThat(provisions.get(0).context()).contains("Purpose | Data");
        assertThat(provisions.get(0).text()).isEqualTo("Support | Email<br>Name");
        assertThat(provisions.get(1).context()).isEmpty();
    }

    @Test
    void attachesALoneConnectiveOrPageNumberToTheProvisionBefore() {
        List<Provision> provisions = segment(
                "- you are over 18;",
                "",
                "or",
                "",
                "- you have consent.",
                "",
                "12",
                "",
                "Page 3 of 10",
                "",
                "Next clause.");

        assertThat(provisions)
                .extracting(Provision::text)
                .containsExactly("you are over 18; or", "you have consent. 12 Page 3 of 10", "Next clause.");
    }

    @Test
    void attachesAFragmentAtTheStartOfAPageToTheProvisionAfter() {
        List<Provision> provisions = segment("First page text.", "", "- - -", "", "7", "", "Second page text.");

        assertThat(provisions).extracting(Provision::text).containsExactly("First page text.", "7 Second page text.");
        assertThat(provisions).extracting(Provision::page).containsExactly(0, 1);
    }

    @Test
    void startsEachPageOfAMultiPageDocumentWithoutThePreviousPagesHeadings() {
        List<Provision> provisions = segment(
                "# Privacy Policy",
                "",
                "Main text.",
                "",
                "- - -",
                "",
                "Cookie text.",
                "",
                "# Cookies",
                "",
                "More cookie text.");

        assertThat(provisions).extracting(Provision::page).containsExactly(0, 1, 1);
        assertThat(provisions.get(1).path()).isEmpty();
        assertThat(provisions.get(2).path()).containsExactly("Cookies");
    }

    @Test
    void keepsAVeryLongParagraphAsOneProvision() {
        String longParagraph =
                "This sentence carries an obligation. ".repeat(400).strip();

        List<Provision> provisions = segment("# Long", "", longParagraph, "", "Short one.");

        assertThat(provisions).hasSize(2);
        assertThat(provisions.get(0).text()).isEqualTo(longParagraph);
    }

    @Test
    void keepsLinksInTheTextButKeysOnlyTheWords() {
        Provision before = segment("Read our [Privacy Policy](https://example.com/p?did=1).")
                .get(0);
        Provision linkChanged = segment("Read our [Privacy Policy](https://example.com/p?did=2).")
                .get(0);
        Provision wordChanged = segment("Read our [Cookie Policy](https://example.com/p?did=1).")
                .get(0);

        assertThat(before.text()).isEqualTo("Read our [Privacy Policy](https://example.com/p?did=1).");
        assertThat(linkChanged.key()).isEqualTo(before.key());
        assertThat(wordChanged.key()).isNotEqualTo(before.key());
        assertThat(before.key()).hasSize(64);
    }

    @Test
    void ignoresThematicBreaksAndEmptyDocuments() {
        assertThat(segment("")).isEmpty();
        assertThat(segment("***", "", "Text.")).extracting(Provision::text).containsExactly("Text.");
        assertThat(segment("Text.").get(0).context()).isEqualTo(Optional.empty());
    }
}
