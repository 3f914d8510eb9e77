package org.clausewatch.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds the shared, read-only test corpus: {@code ../shared/corpus}, else the {@code clausewatch.corpus} property. */
final class TestCorpus {
    private TestCorpus() {}

    static Optional<Path> locate() {
        Path sibling = Path.of("../shared/corpus");
        if (Files.isDirectory(sibling)) {
            return Optional.of(sibling);
        }
        return Optional.ofNullable(System.getProperty("clausewatch.corpus"))
                .map(Path::of)
                .filter(Files::isDirectory);
    }

    /** The snapshot folder, or the calling test is skipped with a message saying where the corpus was looked for. */
    static Path snapshots() {
        Optional<Path> corpus = locate();
        Assumptions.assumeTrue(
                corpus.isPresent() && Files.isDirectory(corpus.get().resolve("ota-snapshots")),
                "test corpus not found at ../shared/corpus nor at -Dclausewatch.corpus: skipping golden extraction");
        return corpus.orElseThrow().resolve("ota-snapshots");
    }
}
