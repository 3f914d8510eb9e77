package org.clausewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The jar the launcher runs holds what reads (models, knowledge files) and nothing that only trains. */
class RuntimeJarIT {
    private static final Path JAR = Path.of("target/clausewatch.jar");

    @Test
    void holdsTheReaderAndItsKnowledgeButNoTrainingCodeOrTrainingFiles() throws IOException {
        List<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries)
                .contains(
                        "org/clausewatch/analysis/TopicClassifier.class",
                        "org/clausewatch/analysis/topic-model.bin",
                        "org/clausewatch/analysis/unfair-tos-model.bin",
                        "org/clausewatch/knowledge/taxonomy.json");
        for (String training : TrainingSources.classNames()) {
            String path = training.replace('.', '/');
            assertThat(entries)
                    .as("the jar holds no class of the training code")
                    .noneMatch(entry -> entry.equals(path + ".class") || entry.startsWith(path + "$"));
        }
        assertThat(entries).doesNotContainAnyElementsOf(TrainingSources.resourceNames());
    }
}
