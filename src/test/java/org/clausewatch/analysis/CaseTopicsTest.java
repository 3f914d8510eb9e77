package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausewatch.knowledge.InvalidKnowledgeException;
import org.clausewatch.knowledge.KnowledgeFile;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;

class CaseTopicsTest {
    private static final Set<String> TOPICS = Set.of("C2", "E4");

    @Test
    void shippedMappingsLoad() throws IOException {
        Taxonomy taxonomy = Taxonomy.load();
        CaseTopics tosdr = CaseTopics.load(CaseTopics.TOSDR, taxonomy);
        assertThat(tosdr.size()).isGreaterThan(150);
        assertThat(tosdr.topics("You waive your right to a class action.")).contains(List.of("C3"));
        assertThat(tosdr.topics("There is a date of the last update of the terms"))
                .contains(List.of());
        CaseTopics unfair = CaseTopics.load(CaseTopics.UNFAIR, taxonomy);
        for (UnfairKind kind : UnfairKind.values()) {
            assertThat(unfair.topics(kind.name())).as(kind.name()).isPresent();
        }
    }

    @Test
    void everyMappedCaseExistsInTheToSdrPoints() throws IOException {
        List<TosdrPoint> points = TosdrPoints.read(Corpus.root().resolve("labelled/tosdr-points/points.csv"));
        Set<String> cases = new HashSet<>();
        points.forEach(point -> cases.add(point.caseTitle()));
        String text = KnowledgeFile.resource(CaseTopics.class, CaseTopics.TOSDR);
        for (String line : text.split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                assertThat(cases).contains(line.split("\t")[0].strip());
            }
        }
    }

    @Test
    void readsTopicsAndNoTopic() throws InvalidKnowledgeException {
        CaseTopics map =
                CaseTopics.parse("m.tsv", "# c\nIndemnity\tC2\twhy\nCookies\tE4,C2\twhy\nDate\t-\twhy\n", TOPICS);
        assertThat(map.topics("Cookies")).contains(List.of("E4", "C2"));
        assertThat(map.topics("Date")).contains(List.of());
        assertThat(map.topics("Unknown")).isEmpty();
    }

    @Test
    void rejectsAnUnknownTopicADuplicateAndAMissingReason() {
        assertThatThrownBy(() -> CaseTopics.parse("m.tsv", "A\tC2\twhy\nB\tZ1\twhy\n", TOPICS))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessage("m.tsv line 2: topic 'Z1' is not in the taxonomy");
        assertThatThrownBy(() -> CaseTopics.parse("m.tsv", "A\tC2\twhy\nA\tE4\twhy\n", TOPICS))
                .hasMessage("m.tsv line 2: 'A' is listed twice");
        assertThatThrownBy(() -> CaseTopics.parse("m.tsv", "A\tC2\t\n", TOPICS))
                .hasMessageStartingWith("m.tsv line 1: expected 'name <TAB> topics <TAB> why'");
    }
}
