package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausewatch.knowledge.Taxonomy;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {
    private final TopicClassifier classifier = TopicClassifier.load();

    @Test
    void assignsTrainingOnUserContentAndItsOptOutWithTheirCues() throws IOException {
        List<Label> labels = classifier.classify(excerpt(166));
        assertThat(labels).extracting(Label::code).contains("F1", "F2");
        Label training =
                labels.stream().filter(l -> l.code().equals("F1")).findFirst().orElseThrow();
        assertThat(training.confidence()).isBetween(0.5, 1.0);
        assertThat(training.evidence()).anyMatch(e -> e.startsWith("cue: ") && e.contains("train"));
    }

    @Test
    void assignsOwnershipOfInputsAndOutputs() throws IOException {
        assertThat(classifier.classify(excerpt(148))).extracting(Label::code).contains("D2");
    }

    @Test
    void showsTheModelsStrongestWordsForAnArbitrationClause() throws IOException {
        Label arbitration = classifier.classify(excerpt(105)).stream()
                .filter(l -> l.code().equals("C3"))
                .findFirst()
                .orElseThrow();
        assertThat(arbitration.evidence()).anyMatch(e -> e.startsWith("model: ") && e.contains("arbitration"));
    }

    @Test
    void aLicenceGrantedToTheUserIsNotALicenceToUserContent() throws IOException {
        String toUser = "We grant you a limited, revocable, non-exclusive, non-sublicensable and non-transferable"
                + " licence to use our Services, subject to these Terms.";
        String toProvider = "You grant us a worldwide, royalty-free, non-exclusive licence to use, host, store and"
                + " reproduce the content you submit, and we grant you a licence to use our Services.";
        assertThat(classifier.classify(toUser)).extracting(Label::code).doesNotContain("D1");
        assertThat(classifier.classify(toProvider)).extracting(Label::code).contains("D1");
    }

    @Test
    void aCounterCueLowersTheModelAndWeakCuesButNotADecidingCue() throws IOException {
        String text = "We grant you a worldwide, non-exclusive licence to the software.";
        TopicClassifier weakOnly = withCues("[D1]\n0.3 \\bnon exclusive licence\\b\n");
        TopicClassifier countered = withCues("[D1]\n0.3 \\bnon exclusive licence\\b\n!0.2 \\bgrant you\\b\n");
        TopicClassifier deciding = withCues("[D1]\n0.7 \\bnon exclusive licence\\b\n!0.2 \\bgrant you\\b\n");
        double plain = weakOnly.scores(text).get("D1");
        assertThat(countered.scores(text).get("D1")).isLessThan(plain * 0.3);
        assertThat(deciding.scores(text).get("D1")).isGreaterThanOrEqualTo(0.7);
        assertThat(countered.classify(text)).extracting(Label::code).doesNotContain("D1");
    }

    /** The committed model with {@code cues} in place of the shipped cue file. */
    private static TopicClassifier withCues(String cues) throws IOException {
        Taxonomy taxonomy = Taxonomy.load();
        return new TopicClassifier(
                taxonomy,
                TopicCues.parse("t.txt", cues, TopicCues.topicIds(taxonomy)),
                TopicClassifier.readModel(taxonomy));
    }

    @Test
    void givesNoTopicToAContactLine() throws IOException {
        assertThat(classifier.classify(excerpt(62))).isEmpty();
        assertThat(classifier.classify("")).isEmpty();
    }

    @Test
    void ordersLabelsByConfidenceAndAgreesWithItsScores() throws IOException {
        String text = excerpt(197);
        List<Label> labels = classifier.classify(text);
        assertThat(labels).hasSizeGreaterThan(1);
        assertThat(labels).extracting(Label::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (Label label : labels) {
            assertThat(classifier.scores(text).get(label.code())).isEqualTo(label.confidence());
        }
        assertThat(classifier.scores(text).values())
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
    }

    @Test
    void givesTheSameAnswerEveryTimeAndFromAFreshlyReadModel() throws IOException {
        Taxonomy taxonomy = Taxonomy.load();
        TopicClassifier fresh =
                new TopicClassifier(taxonomy, TopicCues.load(taxonomy), TopicClassifier.readModel(taxonomy));
        for (AiCheckSet.Item item : AiCheckSet.items()) {
            assertThat(fresh.classify(item.excerpt())).isEqualTo(classifier.classify(item.excerpt()));
        }
    }

    @Test
    void decidesTheSameLabelsAndScoresWithoutEvidence() throws IOException {
        for (AiCheckSet.Item item : AiCheckSet.items()) {
            assertThat(classifier.decide(item.excerpt()))
                    .isEqualTo(classifier.classify(item.excerpt()).stream()
                            .map(label -> new Label(label.code(), label.confidence(), List.of()))
                            .toList());
        }
    }

    @Test
    void committedModelCarriesItsProvenance() {
        assertThat(classifier.provenance())
                .contains("CC BY-SA 3.0", "CC BY 4.0", "TrainTopicModel", "tosdr-topics.tsv", "macro-F1");
    }

    /** The held-out ToS;DR figures written into the model's provenance are what the classifier still scores. */
    @Test
    void scoresTheReportedFiguresOnHeldOutToSdrServices() throws IOException {
        TopicCorpus data = TopicCorpus.read(Corpus.root(), Taxonomy.load());
        Set<String> topics = new java.util.TreeSet<>(TopicClassifier.TAXONOMY_ORDER);
        data.heldOut().forEach(example -> topics.addAll(example.topics()));
        TopicScores scores = new TopicScores(List.copyOf(topics));
        for (TopicExample example : data.heldOut()) {
            Set<String> predicted = new HashSet<>();
            classifier.classify(example.text()).forEach(label -> predicted.add(label.code()));
            scores.add(example.topics(), predicted);
        }
        assertThat(classifier.provenance()).contains(scores.table());
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.69);
    }

    @Test
    void rejectsAModelFileOfAnotherKind() {
        assertThatThrownBy(() -> TopicModel.read(
                        getClass().getResourceAsStream("/org/clausewatch/analysis/unfair-tos-model.bin"),
                        "unfair-tos-model.bin",
                        Set.of("F1")))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("unfair-tos-model.bin: not a ClauseWatch topic model");
    }

    private static String excerpt(int id) throws IOException {
        return AiCheckSet.items().stream()
                .filter(item -> item.id() == id)
                .findFirst()
                .orElseThrow()
                .excerpt();
    }
}
