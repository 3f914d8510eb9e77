package org.clausewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes (an index, a report) is written beside its target and moved over it only when complete, so
 * a failure never leaves half a file where a whole one was expected.
 */
final class OutputFiles {
    private OutputFiles() {}

    /** What is written, returning what the command reports of it. */
    interface Content<T> {
        T write(OutputStream out) throws IOException;
    }

    static <T> T replace(Path output, Content<T> content) throws IOException {
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        T written;
        try (OutputStream out = Files.newOutputStream(partial)) {
            written = content.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written;
    }
}
