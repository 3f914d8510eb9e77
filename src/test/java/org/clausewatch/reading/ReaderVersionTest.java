package org.clausewatch.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReaderVersionTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyRuntimeKnowledgeFileOfTheReaderCountsTowardsTheVersion() throws IOException {
        List<String> files = new ArrayList<>();
        for (String folder : List.of("org/clausewatch/knowledge", "org/clausewatch/analysis")) {
            try (Stream<Path> walk = Files.walk(RESOURCES.resolve(folder))) {
                walk.filter(Files::isRegularFile)
                        .map(path -> RESOURCES.relativize(path).toString().replace('\\', '/'))
                        .forEach(files::add);
            }
        }
        assertThat(files)
                .contains("org/clausewatch/knowledge/taxonomy.json", "org/clausewatch/analysis/topic-model.bin");
        assertThat(ReaderVersion.KNOWLEDGE).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theShippedVersionIsTheRevisionAndADigestOfTheFiles() {
        assertThat(ProvisionReader.VERSION)
                .isEqualTo(ReaderVersion.shipped())
                .matches(ReaderVersion.REVISION + "-[0-9a-f]{12}");
    }

    @Test
    void theBuildRecordsTheShippedVersionBesideTheClasses() {
        assertThat(ReaderVersion.class.getClassLoader().getResource(ReaderVersion.RECORDED))
                .as("written by the build's record-reader-version step")
                .isNotNull();
        assertThat(ReaderVersion.recorded()).isEqualTo(ReaderVersion.shipped());
    }

    @Test
    void editingAnyFileOrTheRevisionGivesAnotherVersion() {
        Map<String, byte[]> files = Map.of("cues.txt", bytes("0.7 train"), "rules.tsv", bytes("high"));
        List<String> names = List.of("cues.txt", "rules.tsv");
        String version = ReaderVersion.of("2", names, files::get);
        assertThat(ReaderVersion.of("2", names, files::get)).isEqualTo(version);
        assertThat(ReaderVersion.of("3", names, files::get)).isNotEqualTo(version);
        Map<String, byte[]> edited = Map.of("cues.txt", bytes("0.8 train"), "rules.tsv", bytes("high"));
        assertThat(ReaderVersion.of("2", names, edited::get)).isNotEqualTo(version);
        Map<String, byte[]> moved = Map.of("cues.txt", bytes("0.7 trainhigh"), "rules.tsv", bytes(""));
        assertThat(ReaderVersion.of("2", names, moved::get))
                .as("the same bytes split differently between the files")
                .isNotEqualTo(version);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
