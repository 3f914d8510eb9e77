package org.clausewatch.store;

import java.util.Objects;
import java.util.Optional;

/**
 * How a document stands before a pass extracts anything: its tracking status and its latest version, without the
 * version's text. Enough to see that nothing needs doing, which is what most passes find; {@link DocumentState} is
 * what deciding and recording need.
 */
public record DocumentStanding(TrackingStatus status, Optional<VersionRow> latest) {
    public DocumentStanding {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(latest, "latest");
    }
}
