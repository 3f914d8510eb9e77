package org.clausewatch.analysis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The published methodology must show the rule table ClauseWatch actually applies, row for row. */
class MethodologyDocumentTest {
    @Test
    void everySeverityRuleIsPublishedWithItsSeverityBasisAndConfidence() throws IOException {
        String methodology = Files.readString(Path.of("docs/methodology.md"), StandardCharsets.UTF_8);
        for (SeverityRules.Rule rule : SeverityRules.load().rules()) {
            String row = "| `" + rule.id() + "` | " + rule.severity().name().toLowerCase(Locale.ROOT) + " | "
                    + (rule.explicit() ? "explicit" : "inferred") + " | ";
            assertThat(methodology).as("methodology row of rule " + rule.id()).contains(row);
        }
        assertThat(methodology).contains(Templates.load().notice());
    }
}
