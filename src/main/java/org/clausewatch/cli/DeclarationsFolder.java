package org.clausewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clausewatch.Settings;
import org.clausewatch.source.DeclarationProblem;

/** Finding the declarations folder, and its problems as JSON. */
final class DeclarationsFolder {
    private DeclarationsFolder() {}

    static Path resolve(Settings settings) {
        Path folder = settings.tracking().declarations();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "declarations folder '" + folder + "' does not exist; pass --declarations DIR");
        }
        return folder;
    }

    static Map<String, Object> json(DeclarationProblem problem) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("file", problem.file().toString());
        node.put("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
        node.put("message", problem.message());
        return node;
    }
}
