package org.clausewatch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real provision texts of the shared corpus for pinning outputs and measuring speed: every paragraph of at least 40
 * characters of the latest version of every document in {@code ota/}, and the UNFAIR-ToS validation sentences. Read
 * in place, in a fixed order (service, document, line), never copied.
 */
final class RealProvisions {
    private static final int MIN_CHARACTERS = 40;

    private RealProvisions() {}

    /** The paragraphs of the latest version of every document under {@code ota}, in name order. */
    static List<String> latestParagraphs(Path ota) {
        return latestParagraphsOf(ota).stream()
                .map(LabelledTopicTexts.Paragraph::text)
                .toList();
    }

    /** The same paragraphs, each with the service and the document it is in. */
    static List<LabelledTopicTexts.Paragraph> latestParagraphsOf(Path ota) {
        List<LabelledTopicTexts.Paragraph> paragraphs = new ArrayList<>();
        for (Path document : documents(ota)) {
            String service = document.getParent().getFileName().toString();
            String termsType = document.getFileName().toString();
            latestVersion(document)
                    .ifPresent(version -> paragraphs(version).stream()
                            .map(text -> new LabelledTopicTexts.Paragraph(service, termsType, text))
                            .forEach(paragraphs::add));
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalStateException("no version files under " + ota.toAbsolutePath());
        }
        return List.copyOf(paragraphs);
    }

    /** The texts of the UNFAIR-ToS validation split, in file order. */
    static List<String> validationSentences(Path corpus) {
        try {
            return UnfairTosCorpus.read(corpus.resolve("labelled/unfair-tos/validation.jsonl")).stream()
                    .map(LabelledSentence::text)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> documents(Path ota) {
        List<Path> documents = new ArrayList<>();
        for (Path service : list(ota)) {
            if (Files.isDirectory(service)) {
                list(service).stream().filter(Files::isDirectory).forEach(documents::add);
            }
        }
        return documents;
    }

    private static java.util.Optional<Path> latestVersion(Path document) {
        return list(document).stream()
                .filter(file -> file.getFileName().toString().endsWith(".md"))
                .max(Path::compareTo);
    }

    private static List<String> paragraphs(Path version) {
        try {
            return Files.readAllLines(version, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.strip().length() >= MIN_CHARACTERS)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(version.toString(), e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder.toString(), e);
        }
    }
}
