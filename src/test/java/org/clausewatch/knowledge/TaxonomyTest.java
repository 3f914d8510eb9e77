package org.clausewatch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    private static final String GROUPS = "\"groups\": [{\"id\": \"A\", \"name\": \"Formation\"}]";

    private static String topic(String id, String severity) {
        return "{\"id\": \"" + id + "\", \"name\": \"n\", \"definition\": \"d\", \"typicalLanguage\": [\"x\"],"
                + " \"defaultSeverity\": \"" + severity + "\", \"severityGuidance\": \"g\"}";
    }

    private static String file(String... topics) {
        return "{\"version\": \"1\", " + GROUPS + ", \"topics\": [" + String.join(",", topics) + "]}";
    }

    @Test
    void shipsEveryTopicOfTheProductTaxonomyFromA1ToF10() {
        Taxonomy taxonomy = Taxonomy.load();
        List<String> expected = new ArrayList<>();
        int[] sizes = {5, 7, 5, 4, 11, 10};
        for (int g = 0; g < sizes.length; g++) {
            for (int n = 1; n <= sizes[g]; n++) {
                expected.add((char) ('A' + g) + Integer.toString(n));
            }
        }
        assertThat(taxonomy.topics()).extracting(Topic::id).containsExactlyElementsOf(expected);
        assertThat(taxonomy.version()).isNotBlank();
        Topic training = taxonomy.topic("F1").orElseThrow();
        assertThat(training.name()).isEqualTo("Training on user content");
        assertThat(training.group()).isEqualTo("F");
        assertThat(training.typicalLanguage()).isNotEmpty();
        assertThat(training.defaultSeverity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void rejectsADuplicateTopicIdNamingFileAndEntry() {
        assertThatThrownBy(() -> Taxonomy.parse("tax.json", file(topic("A1", "low"), topic("A1", "high"))))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("tax.json, topic 2: duplicate topic id 'A1'");
    }

    @Test
    void rejectsAMissingFieldNamingTheTopic() {
        String noName = "{\"id\": \"A2\", \"definition\": \"d\", \"typicalLanguage\": [],"
                + " \"defaultSeverity\": \"low\", \"severityGuidance\": \"g\"}";
        assertThatThrownBy(() -> Taxonomy.parse("tax.json", file(noName)))
                .hasMessage("tax.json, topic A2: 'name' is missing or not a non-empty string");
    }

    @Test
    void rejectsAnUnknownSeverity() {
        assertThatThrownBy(() -> Taxonomy.parse("tax.json", file(topic("A1", "severe"))))
                .hasMessage("tax.json, topic A1: defaultSeverity 'severe' is not low, medium, high or critical");
    }

    @Test
    void rejectsATopicOfAnUndeclaredGroup() {
        assertThatThrownBy(() -> Taxonomy.parse("tax.json", file(topic("Z1", "low"))))
                .hasMessageContaining("tax.json, topic 1: topic id 'Z1'");
    }

    @Test
    void rejectsAFileWithoutVersion() {
        assertThatThrownBy(() -> Taxonomy.parse("tax.json", "{" + GROUPS + ", \"topics\": []}"))
                .hasMessage("tax.json, top level: 'version' is missing or not a non-empty string");
    }

    @Test
    void rejectsMalformedJsonNamingTheFile() {
        assertThatThrownBy(() -> Taxonomy.parse("tax.json", "{\"version\": "))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageStartingWith("tax.json: not valid JSON");
    }
}
