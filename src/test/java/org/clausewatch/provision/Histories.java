package org.clausewatch.provision;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The version histories of the shared corpus, read in place; tests using them skip when the corpus is absent. */
public final class Histories {
    private Histories() {}

    /** The {@code ota} folder; skips the calling test with a message when it is absent. */
    public static Path ota() {
        Path beside = Path.of("../shared/corpus");
        Path root = Files.isDirectory(beside)
                ? beside
                : Path.of(System.getProperty("clausewatch.corpus", "../shared/corpus"));
        assumeTrue(
                Files.isDirectory(root.resolve("ota")),
                "shared corpus not found at ../shared/corpus (or -Dclausewatch.corpus); skipping corpus test");
        return root.resolve("ota");
    }

    /** Every document folder (service/terms type), sorted. */
    public static List<Path> documents() {
        try (Stream<Path> services = Files.list(ota())) {
            return services.filter(Files::isDirectory)
                    .filter(service -> !service.getFileName().toString().equals("declarations"))
                    .flatMap(Histories::children)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> children(Path service) {
        try (Stream<Path> types = Files.list(service)) {
            return types.filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document's folder, skipping the test when it is not in the corpus. */
    public static Path document(String service, String termsType) {
        Path folder = ota().resolve(service).resolve(termsType);
        assumeTrue(Files.isDirectory(folder), "corpus has no " + service + " / " + termsType + "; skipping");
        return folder;
    }

    /** The versions of one document, oldest first (their file names are their UTC fetch times). */
    public static List<Path> versions(Path document) {
        try (Stream<Path> files = Files.list(document)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
    }
}
