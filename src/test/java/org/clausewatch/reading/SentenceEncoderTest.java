package org.clausewatch.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smallest encoder loads from its jar, offline, and places a paraphrase nearer than another clause. */
class SentenceEncoderTest {
    private static final String TRAINS = "We may use your conversations to train our AI models.";
    private static final String PARAPHRASE = "Your chats can be used to improve and train our machine learning models.";
    private static final String VENUE = "Any dispute shall be settled by the courts of Dublin, Ireland.";

    @Test
    void placesAParaphraseNearerThanAnUnrelatedClause(@TempDir Path cache) throws IOException {
        List<float[]> vectors = SentenceEncoder.MINILM.embedAll(List.of(TRAINS, PARAPHRASE, VENUE), cache);
        assertThat(vectors.get(0)).hasSize(384);
        assertThat(dot(vectors.get(0), vectors.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(dot(vectors.get(0), vectors.get(1))).isGreaterThan(dot(vectors.get(0), vectors.get(2)) + 0.2);
    }

    @Test
    void readsEmbeddingsBackFromItsCacheAndGivesBlankTextTheZeroVector(@TempDir Path cache) throws IOException {
        List<float[]> first = SentenceEncoder.MINILM.embedAll(List.of(TRAINS, " "), cache);
        List<float[]> again = SentenceEncoder.MINILM.embedAll(List.of(TRAINS), cache);
        assertThat(again.get(0)).containsExactly(first.get(0));
        assertThat(first.get(1)).containsOnly(0f);
        assertThat(cache.resolve("all-minilm-l6-v2-q.bin")).isNotEmptyFile();
    }

    @Test
    void prefixesE5InputsAsItsAuthorsDoForSymmetricTasks() {
        assertThat(SentenceEncoder.E5.input("text")).isEqualTo("query: text");
        assertThat(SentenceEncoder.named("bge").input("text")).isEqualTo("text");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
