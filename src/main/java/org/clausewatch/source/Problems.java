package org.clausewatch.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewatch.source.DeclarationProblem.Severity;

/** The problems found while loading declarations; each message starts with the file it concerns. */
final class Problems {
    private final List<DeclarationProblem> found = new ArrayList<>();

    void error(Path file, String message) {
        add(file, Severity.ERROR, message);
    }

    void warning(Path file, String message) {
        add(file, Severity.WARNING, message);
    }

    List<DeclarationProblem> all() {
        return List.copyOf(found);
    }

    private void add(Path file, Severity severity, String message) {
        found.add(new DeclarationProblem(file, severity, "declaration " + file.getFileName() + ": " + message));
    }
}
