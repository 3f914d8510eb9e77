package org.clausewatch.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBookTest {
    private static final String ALL = String.join(
            "\n",
            "[date markers]",
            "updated",
            "[months]",
            "may",
            "[numbering words]",
            "section",
            "[units]",
            "days",
            "[contact markers]",
            "email",
            "[address words]",
            "street",
            "[protected words]",
            "must",
            "[ignored phrases]",
            "opens in a new window",
            "[interface strings]",
            "copy link",
            "[rights scope]",
            "training",
            "[renames]",
            "Bard => Gemini");

    private static RuleBook parse(String text) throws IOException {
        return RuleBook.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    void theShippedRuleBookLoadsWithEverySection() {
        RuleBook rules = RuleBook.load();

        assertThat(rules.has(RuleBook.Section.MONTHS, "November")).isTrue();
        assertThat(rules.isRename(List.of("Bard"), List.of("Gemini"))).isTrue();
        assertThat(rules.withoutIgnoredPhrases("Help (opens in a new window)")).isEqualTo("Help ");
    }

    @Test
    void rejectsAnUnknownSectionNamingIt() {
        assertThatThrownBy(() -> parse(ALL + "\n[moths]\njanuary")).hasMessageContaining("unknown section 'moths'");
    }

    @Test
    void rejectsAMissingSection() {
        assertThatThrownBy(() -> parse(ALL.replace("[units]\ndays\n", "")))
                .hasMessageContaining("section 'units' is missing or empty");
    }

    @Test
    void rejectsAMalformedRenameNamingTheLine() {
        assertThatThrownBy(() -> parse(ALL + "\nTwitter -> X"))
                .hasMessageContaining("line 23: rename 'Twitter -> X' is not of the form 'old => new'");
    }

    @Test
    void rejectsAnEntryBeforeAnySection() {
        assertThatThrownBy(() -> parse("orphan\n" + ALL)).hasMessageContaining("line 1: entry 'orphan' before any");
    }
}
