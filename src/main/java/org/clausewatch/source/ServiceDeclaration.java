package org.clausewatch.source;

import java.nio.file.Path;
import java.util.List;

/** A service's declaration file: its name and the documents to track. */
public record ServiceDeclaration(String service, Path file, List<DocumentDeclaration> documents) {
    public ServiceDeclaration {
        documents = List.copyOf(documents);
    }
}
