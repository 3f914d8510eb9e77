package org.clausewatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The code and files under {@code src/train}, which the build compiles and tests but never packages. */
final class TrainingSources {
    private static final Path JAVA = Path.of("src/train/java");
    private static final Path RESOURCES = Path.of("src/train/resources");

    private TrainingSources() {}

    /** The fully qualified names of the top-level classes written under {@code src/train/java}. */
    static Set<String> classNames() throws IOException {
        return files(JAVA).stream()
                .filter(name -> name.endsWith(".java"))
                .map(name -> name.substring(0, name.length() - ".java".length()).replace('/', '.'))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The class-path names of the training-only files under {@code src/train/resources}. */
    static Set<String> resourceNames() throws IOException {
        return files(RESOURCES);
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }
}
