package org.clausewatch.source;

import java.nio.file.Path;

/**
 * Something wrong in a declaration file. Errors mean the file (or one document in it) is not tracked; warnings
 * mean it is tracked without the offending part, e.g. an unknown filter.
 */
public record DeclarationProblem(Path file, Severity severity, String message) {
    public enum Severity {
        ERROR,
        WARNING
    }

    @Override
    public String toString() {
        // The message already names the file ("declaration ChatGPT.json: …").
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
