package org.clausewatch.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a {@code <service>.history.json}: for each terms type, the older declarations and the date until which each
 * was in force. A broken entry makes its whole document untracked, since old captures would be read wrongly.
 */
final class HistoryFile {
    private final Path file;
    private final TermsTypes termsTypes;
    private final Problems problems;

    HistoryFile(Path file, TermsTypes termsTypes, Problems problems) {
        this.file = file;
        this.termsTypes = termsTypes;
        this.problems = problems;
    }

    /** The history of each terms type, and which types have a broken history. */
    final class Entries {
        private final Map<String, List<DocumentDeclaration.HistoricalDeclaration>> entries = new LinkedHashMap<>();
        private final Set<String> broken = new HashSet<>();

        List<DocumentDeclaration.HistoricalDeclaration> of(String type) {
            return entries.getOrDefault(type, List.of());
        }

        boolean isBroken(String type) {
            return broken.contains(type);
        }

        void warnAboutUndeclared(Collection<String> declaredTypes) {
            for (String type : entries.keySet()) {
                if (!declaredTypes.contains(type) && termsTypes.isKnown(type)) {
                    problems.warning(
                            file,
                            "has a history for " + ServiceFile.quoted(type)
                                    + ", which the service no longer declares; ignored");
                }
            }
        }
    }

    Entries none() {
        return new Entries();
    }

    Entries read(JsonNode root) {
        Entries result = new Entries();
        if (!root.isObject()) {
            problems.error(file, "must be a JSON object of terms types, not " + JsonValues.describe(root));
            return result;
        }
        for (Map.Entry<String, JsonNode> type : root.properties()) {
            read(type.getKey(), type.getValue(), result);
        }
        return result;
    }

    private void read(String type, JsonNode node, Entries result) {
        if (!termsTypes.isKnown(type)) {
            problems.error(
                    file,
                    "terms type " + ServiceFile.quoted(type) + " is not a known type (did you mean "
                            + ServiceFile.quoted(termsTypes.closest(type)) + "?)");
            return;
        }
        try {
            result.entries.put(type, entries(type, node));
        } catch (InvalidDeclarationException e) {
            result.broken.add(type);
            problems.error(
                    file, e.getMessage() + "; " + ServiceFile.quoted(type) + " is not tracked until this is fixed");
        }
    }

    private List<DocumentDeclaration.HistoricalDeclaration> entries(String type, JsonNode node)
            throws InvalidDeclarationException {
        String what = ServiceFile.quoted(type);
        if (!node.isArray()) {
            throw new InvalidDeclarationException(what + " history must be an array, not " + JsonValues.describe(node));
        }
        DocumentReader reader = new DocumentReader(type, message -> problems.warning(file, message));
        List<DocumentDeclaration.HistoricalDeclaration> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            entries.add(reader.historical(node.get(i), what + " history[" + i + "]"));
        }
        return entries;
    }
}
