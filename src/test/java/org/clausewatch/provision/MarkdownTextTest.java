package org.clausewatch.provision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void plainKeepsLinkTextAndDropsTargetsEmphasisEscapesAndInvisibleCharacters() {
        String markdown = "_**Read**_ [our terms\u2060](https://x.example/a_(b)?did=9) and ![logo](l.png) 11\\. "
                + "now\u00a0\u00a0<br>here <https://x.example> my_variable";

        assertThat(MarkdownText.plain(markdown))
                .isEqualTo("Read our terms and logo 11. now here https://x.example my_variable");
    }

    @Test
    void plainSeparatesLinkTextGluedToAWord() {
        assertThat(MarkdownText.plain("Effective 8 July 2026[Previous Version](https://a.example/x)"))
                .isEqualTo("Effective 8 July 2026 Previous Version");
    }

    @Test
    void plainLeavesUnclosedBracketsAndTagsAsWritten() {
        assertThat(MarkdownText.plain("a [b (c) <d")).isEqualTo("a [b (c) <d");
    }

    @Test
    void wordsKeepNumbersAddressesAndHyphenatedWordsWhole() {
        assertThat(MarkdownText.words("See 4.2, e-mail privacy@openai.com or https://openai.com/x (1,000 users)."))
                .containsExactly(
                        "See", "4.2", "e-mail", "privacy@openai.com", "or", "https://openai.com/x", "1,000", "users");
    }

    @Test
    void normalisedDropsCasePunctuationAndALeadingClauseNumber() {
        assertThat(MarkdownText.normalised("4.2 Your **Content**, Licence.")).isEqualTo("your content licence");
        assertThat(MarkdownText.normalised("(a) The Services")).isEqualTo("the services");
        assertThat(MarkdownText.section("12. Changes")).isEqualTo(MarkdownText.section("13. Changes"));
    }
}
