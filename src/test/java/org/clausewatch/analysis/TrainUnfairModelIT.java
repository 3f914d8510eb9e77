package org.clausewatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainUnfairModelIT {
    @Test
    void retrainingReproducesTheCommittedModelByteForByte(@TempDir Path folder) throws IOException {
        Path corpus = Corpus.root();
        Path model = folder.resolve("model.bin");
        List<String> log = new ArrayList<>();
        UnfairScores scores = TrainUnfairModel.train(corpus, model, log::add);
        byte[] committed;
        try (InputStream in = UnfairClauseClassifier.class.getResourceAsStream(UnfairClauseClassifier.MODEL)) {
            committed = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(model)).isEqualTo(committed);
        // The validation figure comes from the model trained on the training split alone, never on validation.
        assertThat(scores.sentences()).isEqualTo(2275);
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.726);
        assertThat(log.stream()
                        .filter(line -> line.matches("\\d+ sentences.*|cross-validated macro-F1 .*"))
                        .map(line -> line.substring(0, line.indexOf(',')))
                        .toList())
                .containsExactly(
                        "5532 sentences",
                        "cross-validated macro-F1 79.7",
                        "7807 sentences",
                        "cross-validated macro-F1 78.8");
    }
}
