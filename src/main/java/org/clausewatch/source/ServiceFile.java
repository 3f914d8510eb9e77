package org.clausewatch.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the {@code terms} of one service file, document by document, so that one bad document drops no other. */
final class ServiceFile {
    private final String service;
    private final Path file;
    private final TermsTypes termsTypes;
    private final Problems problems;

    ServiceFile(String service, Path file, TermsTypes termsTypes, Problems problems) {
        this.service = service;
        this.file = file;
        this.termsTypes = termsTypes;
        this.problems = problems;
    }

    List<DocumentDeclaration> documents(JsonNode terms, HistoryFile.Entries history) {
        List<DocumentDeclaration> documents = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : terms.properties()) {
            document(entry.getKey(), entry.getValue(), history).ifPresent(documents::add);
        }
        if (terms.isEmpty()) {
            problems.warning(file, "declares no terms");
        }
        history.warnAboutUndeclared(terms.propertyNames());
        return documents;
    }

    private Optional<DocumentDeclaration> document(String type, JsonNode declaration, HistoryFile.Entries history) {
        if (!knownType(type) || history.isBroken(type)) {
            return Optional.empty();
        }
        try {
            List<SourceDocument> sources = new DocumentReader(type, message -> problems.warning(file, message))
                    .sources(declaration, quoted(type));
            return Optional.of(new DocumentDeclaration(service, type, sources, history.of(type)));
        } catch (InvalidDeclarationException e) {
            problems.error(file, e.getMessage());
            return Optional.empty();
        }
    }

    private boolean knownType(String type) {
        if (termsTypes.isKnown(type)) {
            return true;
        }
        problems.error(
                file,
                "terms type " + quoted(type) + " is not a known type (did you mean " + quoted(termsTypes.closest(type))
                        + "?)");
        return false;
    }

    static String quoted(String text) {
        return "'" + text + "'";
    }
}
