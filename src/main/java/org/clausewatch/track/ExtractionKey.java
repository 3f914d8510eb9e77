package org.clausewatch.track;

import java.util.List;
import org.clausewatch.common.Sha256;
import org.clausewatch.extract.Extractor;
import org.clausewatch.source.SourceDocument;

/**
 * What a version's text depends on besides the captured bytes: the extractor version and the declaration
 * used. Stored as the version's extractor version, e.g. {@code 1/decl:3f2a9c01be77}; when it differs from
 * the current one, unchanged pages are extracted again and a different text is a technical upgrade.
 */
final class ExtractionKey {
    private ExtractionKey() {}

    static String of(List<SourceDocument> sources) {
        // Records print their components in declaration order, so equal declarations give equal strings.
        return Extractor.VERSION + "/decl:"
                + Sha256.of(sources.toString()).hex().substring(0, 12);
    }
}
