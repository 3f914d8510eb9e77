package org.clausewatch.analysis.attribute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewatch.testing.Corpus;

/** One line (one provision) of a version file of the shared corpus, read in place. */
final class CorpusLines {
    private CorpusLines() {}

    /** Line {@code number} (1-based) of {@code ota/<document>}; skips the test when the corpus is absent. */
    static String line(String document, int number) throws IOException {
        Path file = Corpus.ota().resolve(document);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (number < 1 || number > lines.size()) {
            throw new IllegalArgumentException(document + " has no line " + number);
        }
        return lines.get(number - 1);
    }

    /** Lines {@code from} to {@code to} (1-based, inclusive) of {@code ota/<document>}, as one Markdown passage. */
    static String lines(String document, int from, int to) throws IOException {
        StringBuilder passage = new StringBuilder();
        for (int number = from; number <= to; number++) {
            passage.append(line(document, number)).append('\n');
        }
        return passage.toString();
    }
}
