package org.clausewatch.analysis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test corpus is: beside the project, or where {@code -Dclausewatch.corpus} says. */
final class Corpus {
    private Corpus() {}

    /** The corpus folder; skips the calling test with a message when it is absent. */
    static Path root() {
        Path beside = Path.of("../shared/corpus");
        Path root = Files.isDirectory(beside)
                ? beside
                : Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus"));
        assumeTrue(
                Files.isDirectory(root.resolve("labelled/unfair-tos")),
                "shared corpus with labelled/unfair-tos not found at ../shared/corpus (or -Dclausewatch.corpus);"
                        + " skipping corpus test");
        return root;
    }
}
