package org.clausewatch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegulationsTest {
    private static final Taxonomy TAXONOMY = Taxonomy.load();

    private static String file(String inForce, String mappings) {
        return "{\"version\": \"1\", \"references\": [{\"id\": \"X-1\", \"instrument\": \"Act\", \"article\": \"Art. 1\","
                + " \"requirement\": \"r\", \"inForce\": \"" + inForce + "\", \"jurisdiction\": \"EU\"}],"
                + " \"mappings\": {" + mappings + "}}";
    }

    @Test
    void mapsAiDisclosureToTheAiActArticle50WithItsApplicationDate() {
        Regulations regulations = Regulations.load(TAXONOMY);
        assertThat(regulations.referencesFor("F6")).singleElement().satisfies(reference -> {
            assertThat(reference.instrument()).contains("AI Act");
            assertThat(reference.article()).isEqualTo("Art. 50");
            assertThat(reference.inForce()).isEqualTo(LocalDate.of(2026, 8, 2));
        });
        assertThat(regulations.referencesFor("E6"))
                .extracting(RegulationReference::id)
                .containsExactly("GDPR-15-20", "LGPD-18", "CCPA-1798-100-130");
        assertThat(regulations.references())
                .first()
                .extracting(RegulationReference::id)
                .isEqualTo("GDPR-5");
    }

    @Test
    void everyMappedTopicOfTheProductTableHasReferences() {
        Regulations regulations = Regulations.load(TAXONOMY);
        for (String topic :
                new String[] {"E1", "E5", "E6", "E3", "F1", "D4", "F5", "F7", "F8", "A2", "B2", "B6", "C3"}) {
            assertThat(regulations.referencesFor(topic)).as(topic).isNotEmpty();
        }
        assertThat(regulations.referencesFor("E8")).isEmpty();
    }

    @Test
    void rejectsAMappingToAnUnknownTopic() {
        assertThatThrownBy(() -> Regulations.parse("reg.json", file("2020-01-01", "\"Q9\": [\"X-1\"]"), TAXONOMY))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("reg.json, mappings: topic 'Q9' is not in the taxonomy");
    }

    @Test
    void rejectsAMappingToAnUndefinedReference() {
        assertThatThrownBy(() -> Regulations.parse("reg.json", file("2020-01-01", "\"F6\": [\"X-2\"]"), TAXONOMY))
                .hasMessage("reg.json, mapping of F6: reference 'X-2' is not defined");
    }

    @Test
    void rejectsABadInForceDateNamingTheReference() {
        assertThatThrownBy(() -> Regulations.parse("reg.json", file("2026-02-30", ""), TAXONOMY))
                .hasMessage("reg.json, reference X-1: inForce '2026-02-30' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void rejectsADuplicateReferenceId() {
        String twice = "{\"version\": \"1\", \"references\": ["
                + "{\"id\": \"X\", \"instrument\": \"i\", \"article\": \"a\", \"requirement\": \"r\", \"inForce\": \"2020-01-01\", \"jurisdiction\": \"EU\"},"
                + "{\"id\": \"X\", \"instrument\": \"i\", \"article\": \"a\", \"requirement\": \"r\", \"inForce\": \"2020-01-01\", \"jurisdiction\": \"EU\"}"
                + "], \"mappings\": {}}";
        assertThatThrownBy(() -> Regulations.parse("reg.json", twice, TAXONOMY))
                .hasMessage("reg.json, reference 2: duplicate reference id 'X'");
    }
}
