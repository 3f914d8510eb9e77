package org.clausewatch.provision;

import java.util.Objects;

/** A provision and the lineage id that it shares with its earlier and later versions. */
public record LineagedProvision(String lineageId, Provision provision) {
    public LineagedProvision {
        Objects.requireNonNull(provision, "provision");
        if (lineageId == null || lineageId.isBlank()) {
            throw new IllegalArgumentException("lineage id must not be blank: '" + lineageId + "'");
        }
    }
}
