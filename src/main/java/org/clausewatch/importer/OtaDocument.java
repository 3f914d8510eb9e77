package org.clausewatch.importer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** One document of an Open Terms Archive dataset with its version files, oldest first. */
record OtaDocument(String service, String termsType, List<VersionFile> files) {
    OtaDocument {
        files = List.copyOf(files);
    }

    /** One version file; {@code technicalUpgrade} when the dataset's {@code _versions.tsv} marks it so. */
    record VersionFile(Path path, Instant capturedAt, boolean technicalUpgrade) {}
}
