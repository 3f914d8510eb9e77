package org.clausewatch.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus of real documents, read in place; tests that need it skip with a message when it is absent. */
public final class Corpus {
    private Corpus() {}

    public static Path root() {
        String property = System.getProperty("clausewatch.corpus");
        Path root = property != null ? Path.of(property) : Path.of("../shared/corpus");
        assumeTrue(
                Files.isDirectory(root),
                "shared corpus not found at " + root.toAbsolutePath() + "; skipping (set -Dclausewatch.corpus=DIR)");
        return root;
    }

    public static Path ota() {
        return root().resolve("ota");
    }
}
