package org.clausewatch.evidence;

import java.util.Optional;

/** What a pack is evidence of: a version of a document, and optionally one provision in it by lineage. */
public record Subject(long versionId, Optional<String> lineageId) {
    public String fileName() {
        return "clausewatch-evidence-version-" + versionId
                + lineageId
                        .map(l -> "-provision-" + l.replaceAll("[^A-Za-z0-9_-]", "_"))
                        .orElse("")
                + ".zip";
    }
}
