package org.clausewatch.reading;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.clausewatch.common.Sha256;

/**
 * A pretrained sentence encoder shipped as ONNX inside a Maven jar (test scope only), giving unit-length vectors.
 * Embeddings are kept in a cache file under {@code target/encoder-cache}, keyed by the SHA-256 of the text, so that
 * the experiment's reruns do not embed the same texts again.
 */
enum SentenceEncoder {
    /** all-MiniLM-L6-v2, int8: 6 layers, 384 dimensions, mean pooling. */
    MINILM("all-minilm-l6-v2-q", "", AllMiniLmL6V2QuantizedEmbeddingModel::new),
    /** bge-small-en-v1.5, int8: 12 layers, 384 dimensions, CLS pooling. */
    BGE("bge-small-en-v15-q", "", BgeSmallEnV15QuantizedEmbeddingModel::new),
    /** e5-small-v2, int8: 12 layers, 384 dimensions, mean pooling; its authors prefix symmetric tasks with "query: ". */
    E5("e5-small-v2-q", "query: ", E5SmallV2QuantizedEmbeddingModel::new);

    private static final Executor SAME_THREAD = Runnable::run;

    final String id;
    private final String prefix;
    private final Function<Executor, EmbeddingModel> factory;

    SentenceEncoder(String id, String prefix, Function<Executor, EmbeddingModel> factory) {
        this.id = id;
        this.prefix = prefix;
        this.factory = factory;
    }

    static SentenceEncoder named(String id) {
        for (SentenceEncoder encoder : values()) {
            if (encoder.id.equals(id) || encoder.name().equals(id.toUpperCase(Locale.ROOT))) {
                return encoder;
            }
        }
        throw new IllegalArgumentException("unknown encoder '" + id + "'");
    }

    /** Loads the model (its ONNX session and tokenizer); texts are embedded on the calling thread. */
    EmbeddingModel load() {
        return factory.apply(SAME_THREAD);
    }

    /** The text the model is given for {@code text}. */
    String input(String text) {
        return prefix + text;
    }

    /** Embeds one text with a loaded model; a blank text (a provision of links alone) is the zero vector. */
    float[] embed(EmbeddingModel model, String text) {
        if (text.isBlank()) {
            return new float[model.dimension()];
        }
        return model.embed(TextSegment.from(input(text))).content().vector();
    }

    /** The embeddings of {@code texts}, in order, from the cache where present; the model is loaded only if needed. */
    List<float[]> embedAll(List<String> texts, Path cacheDirectory) throws IOException {
        Path file = cacheDirectory.resolve(id + ".bin");
        Map<String, float[]> cache = read(file);
        EmbeddingModel model = null;
        int added = 0;
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            String key = key(text);
            float[] vector = cache.get(key);
            if (vector == null) {
                model = model == null ? load() : model;
                vector = embed(model, text);
                cache.put(key, vector);
                added++;
            }
            vectors.add(vector);
        }
        if (added > 0) {
            write(file, cache);
        }
        return vectors;
    }

    private static String key(String text) {
        return HexFormat.of().formatHex(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, float[]> read(Path file) throws IOException {
        Map<String, float[]> cache = new HashMap<>();
        if (!Files.exists(file)) {
            return cache;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String key;
                try {
                    key = in.readUTF();
                } catch (EOFException end) {
                    return cache;
                }
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                cache.put(key, vector);
            }
        }
    }

    private static void write(Path file, Map<String, float[]> cache) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out =
                new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(partial)))) {
            for (Map.Entry<String, float[]> entry : cache.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
