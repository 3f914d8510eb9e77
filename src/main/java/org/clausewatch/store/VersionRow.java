package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.clausewatch.common.Sha256;
import org.clausewatch.version.VersionFlag;

/** A recorded version without its text; {@code bytes} is the UTF-8 length of the Markdown. */
public record VersionRow(
        long id,
        long documentId,
        Instant capturedAt,
        Sha256 sha256,
        long bytes,
        Set<VersionFlag> flags,
        String extractorVersion,
        List<Long> captureIds) {
    public VersionRow {
        flags = Columns.copy(flags, VersionFlag.class);
        captureIds = List.copyOf(captureIds);
    }
}
