package org.clausewatch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TermsTypesTest {
    private final TermsTypes types = TermsTypes.load();

    @Test
    void knowsOpenTermsArchiveTypesAndClauseWatchsOwn() {
        assertThat(types.all())
                .contains(
                        "Terms of Service",
                        "Privacy Policy",
                        "Imprint",
                        "Trackers Policy",
                        "Platform to Business Notice",
                        "Vulnerability Disclosure Policy",
                        "AI Policy",
                        "Frontier Safety Framework");
        assertThat(types.all()).noneMatch(type -> type.startsWith("#") || type.isBlank());
    }

    @Test
    void suggestsTheClosestTypeIgnoringCase() {
        assertThat(types.closest("Terms of Servce")).isEqualTo("Terms of Service");
        assertThat(types.closest("privacy policy")).isEqualTo("Privacy Policy");
        assertThat(types.closest("Acceptable-Use policy")).isEqualTo("Acceptable Use Policy");
    }

    @Test
    void refusesADataFileThatListsATypeTwice() {
        String data = "# comment\nTerms of Service\n\nTerms of Service\n";

        assertThatThrownBy(() -> TermsTypes.parse(new BufferedReader(new StringReader(data))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("'Terms of Service'");
    }
}
