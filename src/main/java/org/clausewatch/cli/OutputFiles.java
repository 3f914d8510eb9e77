package org.clausewatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file a command writes (an index, a report, a pack) is checked before the command does any work, and written beside
 * its target and moved over it only when complete, so a failure never leaves half a file where a whole one was
 * expected.
 */
final class OutputFiles {
    private OutputFiles() {}

    /** What is written, returning what the command reports of it. */
    interface Content<T> {
        T write(OutputStream out) throws IOException;
    }

    /**
     * Refuses an output path that cannot be written, saying why: called first, before the store is opened, so a
     * mistyped path costs no work and creates nothing (no data folder, no partial file).
     *
     * @throws IllegalArgumentException a usage error (exit 2): "cannot write 'x/y.zip': folder 'x' does not exist"
     */
    static void checkWritable(Path output) {
        Path target = output.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw refused(output, "is a folder");
        }
        if (!Files.isDirectory(folder)) {
            Path file = existingAncestor(folder);
            throw refused(
                    output,
                    file != null && !Files.isDirectory(file)
                            ? "'" + shown(output, file) + "' is a file, not a folder"
                            : "folder '" + shown(output, folder) + "' does not exist");
        }
        // the file is written beside its target and moved over it: both the folder and any file there must be writable
        if (!Files.isWritable(folder) || (Files.exists(target) && !Files.isWritable(target))) {
            throw refused(output, "permission denied");
        }
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

    private static IllegalArgumentException refused(Path output, String reason) {
        return new IllegalArgumentException("cannot write '" + output + "': " + reason);
    }

    private static Path existingAncestor(Path folder) {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    /** A folder as the user spelled it ("x" for "x/y.zip"): the absolute one cut to as many names as they gave. */
    private static Path shown(Path output, Path folder) {
        Path target = output.toAbsolutePath();
        int up = target.getNameCount() - folder.getNameCount();
        Path named = output;
        for (int i = 0; i < up && named != null; i++) {
            named = named.getParent();
        }
        return named != null ? named : folder;
    }
}
