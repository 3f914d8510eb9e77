package org.clausewatch.store;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a document stands before a pass fetches anything, read at once: its tracking status, its latest version's id
 * and extraction key (not its text, nor its capture links), and the latest capture of each of its pages' URLs, whose
 * validators make the fetches conditional. Enough to see that nothing needs doing, which is what most passes find;
 * {@link DocumentState} is what deciding and recording need.
 */
public record DocumentStanding(
        TrackingStatus status, Optional<LatestVersion> latest, Map<String, CaptureRow> latestCaptures) {
    public DocumentStanding {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latest, "latest");
        latestCaptures = Map.copyOf(latestCaptures);
    }

    /** The newest capture of {@code url}, when it was captured before. */
    public Optional<CaptureRow> latestCapture(String url) {
        return Optional.ofNullable(latestCaptures.get(url));
    }

    /** The latest version, as far as telling whether it must be made again: its id and its extraction key. */
    public record LatestVersion(long id, String extractorVersion) {
        public LatestVersion {
            Objects.requireNonNull(extractorVersion, "extractorVersion");
        }
    }
}
