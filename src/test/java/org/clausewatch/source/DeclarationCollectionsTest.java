package org.clausewatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.clausewatch.source.DeclarationProblem.Severity;
import org.clausewatch.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every real Open Terms Archive collection in the shared corpus loads without an error. */
class DeclarationCollectionsTest {
    private final DeclarationLoader loader = new DeclarationLoader();

    @ParameterizedTest
    @CsvSource({
        // folder, service files, documents declared in them (counted independently of the loader)
        "ota/declarations/_collections/contrib, 21, 68",
        "ota/declarations/_collections/genai-contrib, 15, 64",
        "ota/declarations/_collections/genai-eu, 6, 35",
        "ota/declarations/_collections/pga, 10, 51",
        "ota/declarations, 43, 167",
        "ota-snapshots/declarations/genai-contrib, 4, 18",
        "ota-snapshots/declarations/genai-eu, 4, 31"
    })
    void realCollectionLoadsEveryDocumentWithoutErrors(String folder, int serviceFiles, int documents) {
        Path directory = Corpus.root().resolve(folder);

        DeclarationSet set = loader.load(directory);

        set.problems().forEach(problem -> System.out.println(folder + ": " + problem));
        List<DeclarationProblem> errors = set.problems().stream()
                .filter(problem -> problem.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).isEmpty();
        assertThat(set.services()).hasSize(serviceFiles);
        assertThat(set.services().stream()
                        .mapToInt(service -> service.documents().size())
                        .sum())
                .isEqualTo(documents);
    }
}
