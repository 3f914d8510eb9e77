package org.clausewatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.clausewatch.common.Sha256;

/**
 * A version to record: the Markdown of a document at {@code capturedAt}, the captures it came from (in order)
 * and flags such as {@code imported}, {@code technical-upgrade}, {@code first-record}.
 */
public record NewVersion(
        long documentId,
        Instant capturedAt,
        String markdown,
        Sha256 sha256,
        Set<String> flags,
        String extractorVersion,
        List<Long> captureIds) {
    /** Flags are stored as one comma-separated column, so they are kept to simple words. */
    private static final Pattern FLAG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public NewVersion {
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        flags = Set.copyOf(flags);
        captureIds = List.copyOf(captureIds);
        for (String flag : flags) {
            if (!FLAG.matcher(flag).matches()) {
                throw new IllegalArgumentException(
                        "version flag '" + flag + "' is not a lower-case word like " + "'technical-upgrade'");
            }
        }
        if (Set.copyOf(captureIds).size() != captureIds.size()) {
            throw new IllegalArgumentException("capture ids " + captureIds + " list a capture twice");
        }
    }
}
