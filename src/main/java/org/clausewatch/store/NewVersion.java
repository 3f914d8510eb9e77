package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.clausewatch.version.VersionFlag;

/**
 * A version to record: the Markdown of a document at {@code capturedAt}, the captures it came from (in order), its
 * flags, and the extraction that made the text ({@code extractorVersion}).
 */
public record NewVersion(
        long documentId,
        Instant capturedAt,
        String markdown,
        Sha256 sha256,
        Set<VersionFlag> flags,
        String extractorVersion,
        List<Long> captureIds) {
    public NewVersion {
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        flags = Columns.copy(flags, VersionFlag.class);
        captureIds = List.copyOf(captureIds);
        if (Set.copyOf(captureIds).size() != captureIds.size()) {
            throw new IllegalArgumentException("capture ids " + captureIds + " list a capture twice");
        }
    }
}
