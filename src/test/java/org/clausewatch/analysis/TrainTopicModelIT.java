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

class TrainTopicModelIT {
    @Test
    void retrainingReproducesTheCommittedModelByteForByte(@TempDir Path folder) throws IOException {
        Path corpus = Corpus.root();
        Path model = folder.resolve("topic-model.bin");
        List<String> log = new ArrayList<>();
        String provenance = TrainTopicModel.train(corpus, model, log::add);
        byte[] committed;
        try (InputStream in = TopicClassifier.class.getResourceAsStream(TopicClassifier.MODEL)) {
            committed = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(model)).isEqualTo(committed);
        assertThat(provenance).isEqualTo(TopicClassifier.load().provenance());
        assertThat(log).anyMatch(line -> line.startsWith("5139 ToS;DR points and 630 UNFAIR-ToS sentences"));
        assertThat(log).anyMatch(line -> line.startsWith("F1: 0 positives, left to the cues"));
    }
}
