package org.clausewatch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the LexGLUE UNFAIR-ToS JSON-lines files ({@code text}, {@code labels}, {@code company}). */
final class UnfairTosCorpus {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private UnfairTosCorpus() {}

    /** The sentences of one split, in file order. */
    static List<LabelledSentence> read(Path file) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            for (int number = 1; (line = reader.readLine()) != null; number++) {
                if (!line.isBlank()) {
                    sentences.add(sentence(line, file, number));
                }
            }
        }
        return sentences;
    }

    private static LabelledSentence sentence(String line, Path file, int number) throws IOException {
        try {
            JsonNode node = JSON.readTree(line);
            JsonNode text = node.path("text");
            JsonNode labels = node.path("labels");
            if (!text.isString() || !labels.isArray()) {
                throw new InvalidCorpusException(
                        file + " line " + number + ": needs a string 'text' and an array 'labels'");
            }
            return new LabelledSentence(
                    text.stringValue(),
                    kinds(labels, file, number),
                    node.path("company").asString(""));
        } catch (JacksonException e) {
            throw new InvalidCorpusException(file + " line " + number + ": not JSON", e);
        }
    }

    private static Set<UnfairKind> kinds(JsonNode labels, Path file, int number) throws IOException {
        Set<UnfairKind> kinds = EnumSet.noneOf(UnfairKind.class);
        for (JsonNode label : labels) {
            if (!label.isInt() || label.intValue() < 0 || label.intValue() > 7) {
                throw new InvalidCorpusException(file + " line " + number + ": label " + label + " is not 0…7");
            }
            kinds.add(UnfairKind.ofDatasetIndex(label.intValue()));
        }
        return kinds;
    }

    /** A labelled-data file that cannot be read; the message names the file and line. */
    static final class InvalidCorpusException extends IOException {
        private static final long serialVersionUID = 1L;

        InvalidCorpusException(String message) {
            super(message);
        }

        InvalidCorpusException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
