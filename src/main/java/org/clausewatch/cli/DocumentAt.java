package org.clausewatch.cli;

import java.time.Instant;
import org.clausewatch.browse.Catalogue;
import org.clausewatch.browse.JsonShapes;
import org.clausewatch.store.DocumentRow;
import org.clausewatch.store.VersionRow;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --service S --type T [--at ISO-DATE]}: the version of one document in force at a time (default: now). */
final class DocumentAt {
    @ArgGroup(exclusive = false, multiplicity = "1")
    DocumentOptions document;

    @Option(
            names = "--at",
            paramLabel = "ISO-DATE",
            description = "A date (2024-05-01, meaning the end of that UTC day) or a UTC time.")
    String at;

    /** The version in force; a document with no version recorded by then is a usage error that names the time. */
    VersionRow find(Catalogue catalogue) {
        Instant when = at == null ? Instant.now() : Times.endOf(at);
        DocumentRow row = document.find(catalogue);
        return catalogue
                .versionAt(row, when)
                .orElseThrow(() -> new IllegalArgumentException("no version of " + row.service() + " / "
                        + row.termsType() + " was recorded by " + JsonShapes.time(when)));
    }
}
