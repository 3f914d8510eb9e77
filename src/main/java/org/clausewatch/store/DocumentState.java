package org.clausewatch.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewatch.common.Sha256;
import org.clausewatch.provision.LineagedProvision;

/**
 * A document as deciding and recording its next version needs it, read in one go: how its tracking stands, and its
 * latest version if it has one.
 */
public record DocumentState(DocumentRow document, TrackingStatus status, Optional<Latest> latest) {
    public DocumentState {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latest, "latest");
    }

    /**
     * The latest version with its text and provisions, and the digests of the document's most recent versions, oldest
     * first and this one last.
     */
    public record Latest(
            VersionRow version, String markdown, List<LineagedProvision> provisions, List<Sha256> recentVersions) {
        public Latest {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(markdown, "markdown");
            provisions = List.copyOf(provisions);
            recentVersions = List.copyOf(recentVersions);
        }
    }
}
