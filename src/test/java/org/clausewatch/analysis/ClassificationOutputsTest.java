package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Pins every output of both classifiers on real texts — labels, every score to the last bit, evidence — so that work
 * on their speed cannot change a single result unnoticed. The digests were taken from the code before it was
 * optimised. They change, on purpose, only when knowledge changes: a retrained model or an edited cue file; then
 * re-pin with the digest the failure prints, and say why in the commit. On a mismatch the rendered outputs are
 * written under {@code target/} for a diff against a run of the previous code.
 */
class ClassificationOutputsTest {
    /**
     * Topic outputs over the latest paragraphs of every corpus document (topic-cues.txt and topic-model.bin). Re-pinned
     * for cue version 3 (new F9 cues, one F10 cue weakened: 9 of 13,460 paragraphs changed, only in F9 and F10), and
     * again when that merged with the F1-F7 / D1-D4 revision of version 3 and its refreshed model provenance.
     */
    private static final String TOPICS = "085721f506010369787b0dc20cf3e5c179d7cd78e2f9841d7498b0ac2a91ed3c";
    /**
     * Unfair-clause outputs over validation sentences and latest paragraphs (unfair-tos-model.bin). Re-pinned for the
     * model with actor phrases trained on both UNFAIR-ToS splits.
     */
    private static final String UNFAIR = "8b73f71a19924ce720ef087dc6c9197200a75e0b971f78543564c7534b23bf90";

    @Test
    void topicLabelsScoresAndEvidenceOnRealProvisionsStayExactlyAsPinned() throws IOException {
        TopicClassifier classifier = TopicClassifier.load();
        List<String> rendered = new ArrayList<>();
        for (String text : RealProvisions.latestParagraphs(Corpus.ota())) {
            List<Label> labels = classifier.classify(text);
            assertThat(classifier.decide(text))
                    .as("decide() gives classify()'s labels without evidence: %s", text)
                    .isEqualTo(labels.stream()
                            .map(label -> new Label(label.code(), label.confidence(), List.of()))
                            .toList());
            rendered.add(render(labels) + " | " + render(classifier.scores(text)));
        }
        assertThat(rendered).hasSizeGreaterThan(10_000);
        assertPinned("topics", rendered, TOPICS);
    }

    @Test
    void unfairKindsAndEvidenceOnValidationSentencesAndRealProvisionsStayExactlyAsPinned() throws IOException {
        UnfairClauseClassifier classifier = UnfairClauseClassifier.load();
        List<String> texts = new ArrayList<>(RealProvisions.validationSentences(Corpus.root()));
        texts.addAll(RealProvisions.latestParagraphs(Corpus.ota()));
        List<String> rendered = new ArrayList<>();
        for (String text : texts) {
            rendered.add(classifier.classify(text) + " " + classifier.evidence(text));
        }
        assertThat(rendered).hasSizeGreaterThan(12_000);
        assertPinned("unfair-tos", rendered, UNFAIR);
    }

    private static String render(List<Label> labels) {
        StringBuilder out = new StringBuilder();
        for (Label label : labels) {
            out.append(label.code())
                    .append('=')
                    .append(label.confidence())
                    .append(label.evidence())
                    .append(' ');
        }
        return out.toString();
    }

    private static String render(Map<String, Double> scores) {
        StringBuilder out = new StringBuilder();
        scores.forEach(
                (topic, score) -> out.append(topic).append('=').append(score).append(' '));
        return out.toString();
    }

    private static void assertPinned(String scheme, List<String> rendered, String expected) throws IOException {
        String actual = sha256(String.join("\n", rendered));
        if (!actual.equals(expected)) {
            Path dump = Path.of("target", "classification-outputs-" + scheme + ".txt");
            Files.createDirectories(dump.getParent());
            Files.writeString(dump, String.join("\n", rendered), StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("%s outputs of %d texts differ from the pinned ones (written to target/)", scheme, rendered.size())
                .isEqualTo(expected);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
